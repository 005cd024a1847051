package id.asn.appraisal.period;

/** How the days of the objection window are counted (docs/domain.md §3.9: UNVERIFIED, calendar by default). */
public enum DayKind {
    CALENDAR,
    /** Monday to Friday; public holidays are not known to the service and count as working days. */
    WORKING
}
