package id.asn.competency.dictionary;

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
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and answer records of the dictionary API. */
public final class CompetencyViews {

    private CompetencyViews() {
    }

    /** A new agency technical competency (its first version). */
    public record CreateCompetencyRequest(
            @NotBlank @Pattern(regexp = "[A-Z][A-Z0-9.\\-]{0,31}") String code,
            @NotBlank @Size(max = 200) String name,
            @NotBlank @Size(max = 4000) String definition,
            @NotNull LocalDate effectiveFrom,
            @NotEmpty @Size(max = 5) List<@Valid @NotNull LevelRequest> levels) {
    }

    /** A new version of an agency technical competency, in force from {@code effectiveFrom}. */
    public record CompetencyVersionRequest(
            @NotBlank @Size(max = 200) String name,
            @NotBlank @Size(max = 4000) String definition,
            @NotNull LocalDate effectiveFrom,
            @NotEmpty @Size(max = 5) List<@Valid @NotNull LevelRequest> levels) {
    }

    public record LevelRequest(
            @Min(1) @Max(5) int level,
            @NotBlank @Size(max = 1000) String description,
            @NotEmpty @Size(max = 10) List<@NotBlank @Size(max = 500) String> indicators) {
    }

    public record LevelView(int level, String description, List<String> indicators) {
    }

    /** One version of a competency; {@code national} items are read-only to agencies. */
    public record CompetencyView(String code, CompetencyKind kind, String name, String definition, boolean national,
                                 LocalDate effectiveFrom, List<LevelView> levels) {
        static CompetencyView of(Competency c) {
            return new CompetencyView(c.code, c.kind, c.name, c.definition, c.isNational(), c.effectiveFrom,
                    c.levels.stream().map(l -> new LevelView(l.level, l.description, List.copyOf(l.indicators)))
                            .toList());
        }
    }

    /** What other features need of a competency: its name and kind, and whether it is a national item. */
    public record CompetencyName(String code, String name, CompetencyKind kind, boolean national) {
    }

    /** A page of competencies, named for the API document: an annotation cannot name the generic {@code Page}. */
    @Schema(name = "PageCompetencyView")
    public record CompetencyPage(List<CompetencyView> items, int page, int size, long totalItems, int totalPages) {
    }
}
