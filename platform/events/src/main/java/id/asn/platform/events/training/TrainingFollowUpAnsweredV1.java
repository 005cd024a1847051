package id.asn.platform.events.training;

import java.time.LocalDate;
import java.util.List;

/**
 * {@code asn.training.follow-up-answered.v1}: some months after a completion, the employee's supervisor said which
 * level of each competency the programme addressed they see applied at work, with an example of the behaviour
 * (docs/domain.md §2.7).
 *
 * @param supervisorNip who answered: the employee's direct supervisor when they answered
 * @param completedOn   the day the training was completed
 * @param dueOn         the day the follow-up became due (completion plus the configured months)
 * @param answeredOn    the day the supervisor answered, the date of the observation
 * @param competencies  one observation per competency the programme addressed
 */
public record TrainingFollowUpAnsweredV1(String followUpId, String nip, String supervisorNip, String enrollmentId,
                                         String programId, String programTitle, LocalDate completedOn,
                                         LocalDate dueOn, LocalDate answeredOn, List<Observation> competencies) {

    /**
     * @param targetLevel   the level the programme aimed at
     * @param observedLevel the level of the competency dictionary whose behaviour the supervisor sees at work
     * @param applied       NOT_APPLIED, PARTLY or APPLIED: the observed level against the target (docs/domain.md §2.7)
     * @param example       the behaviour seen, in the supervisor's words
     */
    public record Observation(String competencyCode, int targetLevel, int observedLevel, String applied,
                              String example) {
    }
}
