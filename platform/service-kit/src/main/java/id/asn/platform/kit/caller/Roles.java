package id.asn.platform.kit.caller;

/** The roles a caller's token can carry (claim {@code groups}); see docs/architecture.md "Security and tenancy". */
public final class Roles {
    /** An ASN: sees own records. */
    public static final String EMPLOYEE = "employee";
    /** Sees own and direct reports' records. */
    public static final String SUPERVISOR = "supervisor";
    /** The agency's HR office (BKPSDM): everything in the agency. */
    public static final String HR_ADMIN = "hr-admin";
    /** Records competency assessments. */
    public static final String ASSESSOR = "assessor";
    /** A partner institution's machine client: only its own programmes and sessions. */
    public static final String TRAINING_PARTNER = "training-partner";
    /** An HR system (SIASN, SIMPEG) syncing master data. */
    public static final String INTEGRATION = "integration";
    /** Aggregates across agencies, no personal data. */
    public static final String NATIONAL_VIEWER = "national-viewer";

    /**
     * Runs the platform (not an agency's user): the operator endpoints of every service under {@code /ops}
     * (parked outbox events, dead-letter replay), never agency data.
     */
    public static final String PLATFORM_OPERATOR = "platform-operator";

    private Roles() {
    }
}
