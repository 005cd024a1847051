package id.asn.competency.assessment;

/** How a piece of competency evidence was obtained (DOMAIN §1.8). */
public enum AssessmentMethod {
    ASSESSMENT_CENTRE, SIMPLIFIED, SJT, SUPERVISOR, SELF
}
