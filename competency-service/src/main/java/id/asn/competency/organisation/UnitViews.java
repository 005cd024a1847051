package id.asn.competency.organisation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and answer records of the units API; {@link UnitView} is also what other features get of a unit. */
public final class UnitViews {

    private UnitViews() {
    }

    /** A unit as written by hr-admin; {@code version} is required on update (optimistic lock). */
    public record UnitRequest(@NotBlank @Pattern(regexp = "[A-Za-z0-9._\\-]{1,50}") String code,
                              @NotBlank @Size(max = 200) String name, UUID parentId, Long version) {
    }

    public record UnitView(UUID id, String code, String name, UUID parentId, long version) {
        static UnitView of(Unit u) {
            return new UnitView(u.id, u.code, u.name, u.parentId, u.version);
        }
    }

    /** A page of units, named for the API document: an annotation cannot name the generic {@code Page}. */
    @Schema(name = "PageUnitView")
    public record UnitPage(List<UnitView> items, int page, int size, long totalItems, int totalPages) {
    }
}
