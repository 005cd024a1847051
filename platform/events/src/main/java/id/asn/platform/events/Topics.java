package id.asn.platform.events;

/** One topic per publishing domain; records are keyed by the employee's NIP so one person's events stay ordered. */
public final class Topics {
    public static final String EMPLOYEE = "asn.employee";
    public static final String COMPETENCY = "asn.competency";
    public static final String TRAINING = "asn.training";
    public static final String APPRAISAL = "asn.appraisal";
    public static final String CAREER = "asn.career";

    /** Where a consuming service puts the records it cannot apply; headers name the original topic and offset. */
    public static String deadLetter(String consumingService) {
        return consumingService + ".dlq";
    }

    private Topics() {
    }
}
