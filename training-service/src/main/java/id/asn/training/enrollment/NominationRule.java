package id.asn.training.enrollment;

/**
 * Who may be nominated into a session and where the nomination lands (docs/domain.md §2.6.4): the same rule for one
 * nomination and for a bulk nomination. An employee the agency's projection does not know as active cannot be
 * nominated; one who already has a place or a pending request keeps it; otherwise a seat while the capacity lasts,
 * then the waitlist.
 */
public final class NominationRule {

    /** Whether the employee may be nominated at all. */
    public enum Admission { ADMITTED, UNKNOWN_EMPLOYEE, ALREADY_PLACED }

    /** Where an admitted nomination lands. */
    public enum Placement { SEAT, WAITLIST }

    private NominationRule() {
    }

    /**
     * @param knownActive whether the employee projection knows the NIP as an active employee of the agency
     * @param existing    the status of the employee's enrolment in the session, null when there is none
     */
    public static Admission admit(boolean knownActive, Enrollment.Status existing) {
        if (!knownActive) {
            return Admission.UNKNOWN_EMPLOYEE;
        }
        if (existing != null && existing != Enrollment.Status.CANCELLED && existing != Enrollment.Status.REJECTED) {
            return Admission.ALREADY_PLACED;
        }
        return Admission.ADMITTED;
    }

    /** A seat while the session has one left, else the waitlist. */
    public static Placement place(long seatsTaken, int capacity) {
        return seatsTaken < capacity ? Placement.SEAT : Placement.WAITLIST;
    }
}
