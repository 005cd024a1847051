package id.asn.training.followup;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Request and answer records of the follow-ups API, and what completion hands over to schedule one. */
public final class FollowUpViews {

    private FollowUpViews() {
    }

    /** A completion as the follow-up needs it: who, which programme, when, and the competencies it addressed. */
    public record Completed(UUID enrollmentId, String nip, UUID programId, String programTitle,
                            LocalDate completedOn, List<Target> competencies) {
    }

    /** A competency a programme addresses and the level it aims at. */
    public record Target(String competencyCode, int targetLevel) {
    }

    /** The supervisor's answer: one observation for every competency of the form. */
    public record FollowUpAnswer(
            @NotNull @Size(min = 1, max = 50) List<@Valid @NotNull FollowUpObservation> competencies) {
    }

    /**
     * What the supervisor sees at work for one competency.
     *
     * @param observedLevel the level of the competency dictionary (docs/domain.md §1.3) whose behaviour is seen
     * @param example       the behaviour seen, in the supervisor's words
     */
    public record FollowUpObservation(@NotBlank @Size(max = 60) String competencyCode,
                              @NotNull @Min(1) @Max(5) Integer observedLevel,
                              @NotBlank @Size(max = 2000) String example) {
    }

    /** One line of the form: the target and, once answered, the observation. */
    public record FollowUpLine(String competencyCode, int targetLevel, Integer observedLevel,
                               FollowUpRule.Applied applied, String example) {
    }

    /** A follow-up as clients see it; {@code status} is as of today. */
    public record FollowUpView(UUID id, String nip, String employeeName, String unitId, String unitName,
                               String supervisorNip, UUID enrollmentId, UUID programId, String programTitle,
                               LocalDate completedOn, LocalDate dueOn, FollowUpRule.State status,
                               LocalDate answeredOn, String answeredBy, List<FollowUpLine> competencies, Long version) {
    }
}
