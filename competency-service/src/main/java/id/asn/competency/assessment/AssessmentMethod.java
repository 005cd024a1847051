package id.asn.competency.assessment;

/** How a piece of competency evidence was obtained (docs/domain.md §1.8.1). */
public enum AssessmentMethod {
    ASSESSMENT_CENTRE, SIMPLIFIED, SJT, SUPERVISOR, SELF
}
