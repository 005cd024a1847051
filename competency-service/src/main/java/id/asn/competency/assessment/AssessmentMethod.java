package id.asn.competency.assessment;

/**
 * How a piece of competency evidence was obtained (docs/domain.md §1.8.1). SUPERVISOR_OBSERVATION comes only from
 * the follow-up evaluation at work after a training (docs/domain.md §2.7), never from the assessments API.
 */
public enum AssessmentMethod {
    ASSESSMENT_CENTRE, SIMPLIFIED, SJT, SUPERVISOR, SUPERVISOR_OBSERVATION, SELF
}
