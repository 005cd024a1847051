package id.asn.competency.assessment;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and answer records of the assessments API. */
public final class AssessmentViews {

    private AssessmentViews() {
    }

    /**
     * @param validUntil defaults to {@code assessedOn} plus the configured validity (3 years)
     * @param supersedes the assessment this one corrects
     */
    public record RecordAssessmentRequest(
            @NotBlank String nip,
            @NotNull AssessmentMethod method,
            @Size(max = 200) String assessor,
            @NotNull LocalDate assessedOn,
            LocalDate validUntil,
            UUID supersedes,
            @Size(max = 2000) String note,
            @NotEmpty @Size(max = 100) List<@Valid @NotNull ScoreRequest> scores) {
    }

    public record ScoreRequest(
            @NotBlank String competencyCode,
            @NotNull @DecimalMin("1.00") @DecimalMax("5.00") @Digits(integer = 1, fraction = 2) BigDecimal score) {
    }

    /** @param example the behaviour seen, for a supervisor's observation; null otherwise */
    public record ScoreView(String competencyCode, BigDecimal score, String example) {
    }

    public record AssessmentView(UUID id, String nip, AssessmentMethod method, String assessor, LocalDate assessedOn,
                                 LocalDate validUntil, UUID supersedes, UUID supersededBy, String note,
                                 List<ScoreView> scores, String recordedBy) {
        static AssessmentView of(Assessment a, String nip, UUID supersededBy) {
            return new AssessmentView(a.id, nip, a.method, a.assessor, a.assessedOn, a.validUntil, a.supersedesId,
                    supersededBy, a.note,
                    a.scores.stream().map(s -> new ScoreView(s.competencyCode, s.score, s.example)).toList(), a.createdBy);
        }
    }

    /**
     * An assessment as the profile lists it: {@code superseded} when a correction replaced it; {@code examples} the
     * behaviour seen per competency, for a supervisor's observation (empty otherwise).
     */
    public record AssessmentSummary(UUID id, String method, String assessor, LocalDate assessedOn,
                                    LocalDate validUntil, boolean superseded, Map<String, BigDecimal> scores,
                                    Map<String, String> examples) {
    }

    /**
     * A supervisor's observation at work from a training's follow-up (docs/domain.md §2.7), as competency-service
     * records it: per competency the level whose behaviour is seen and an example of it.
     */
    public record Observation(String followUpId, String nip, String supervisorNip, LocalDate observedOn,
                              String programTitle, List<ObservedLevel> levels) {
    }

    /** One competency of an observation. */
    public record ObservedLevel(String competencyCode, int level, String example) {
    }

    /** A page of assessments, named for the API document: an annotation cannot name the generic {@code Page}. */
    @Schema(name = "PageAssessmentView")
    public record AssessmentPage(List<AssessmentView> items, int page, int size, long totalItems, int totalPages) {
    }
}
