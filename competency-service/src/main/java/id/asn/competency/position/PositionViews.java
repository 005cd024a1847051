package id.asn.competency.position;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and answer records of the positions API. */
public final class PositionViews {

    private PositionViews() {
    }

    /** {@code version} is required on update (optimistic lock). */
    public record PositionRequest(@NotBlank @Pattern(regexp = "[A-Za-z0-9._\\-]{1,50}") String code,
                                  @NotBlank @Size(max = 200) String title, @NotNull PositionClass positionClass,
                                  UUID unitId, Long version) {
    }

    public record PositionView(UUID id, String code, String title, PositionClass positionClass, UUID unitId,
                               long version) {
        public static PositionView of(Position p) {
            return new PositionView(p.id, p.code, p.title, p.positionClass, p.unitId, p.version);
        }
    }

    public record StandardRequest(@NotNull LocalDate effectiveFrom,
                                  @NotEmpty @Size(max = 100) List<@Valid @NotNull StandardItem> items) {
    }

    public record StandardItem(@NotBlank String competencyCode, @Min(1) @Max(5) int requiredLevel) {
    }

    public record StandardView(UUID id, UUID positionId, LocalDate effectiveFrom, List<StandardItem> items) {
        public static StandardView of(PositionStandard s) {
            return new StandardView(s.id, s.positionId, s.effectiveFrom, s.items.stream()
                    .map(i -> new StandardItem(i.competencyCode, i.requiredLevel)).toList());
        }
    }

    /** Class defaults offered to hr-admin; the standard in force is always what hr-admin saved. */
    public record StandardSuggestion(UUID positionId, PositionClass positionClass, List<StandardItem> items,
                                     String note) {
    }

    /** A page of positions, named for the API document: an annotation cannot name the generic {@code Page}. */
    @Schema(name = "PagePositionView")
    public record PositionPage(List<PositionView> items, int page, int size, long totalItems, int totalPages) {
    }
}
