package id.asn.appraisal.appraisal;

/** Which evaluation of the period an appraisal is (docs/domain.md §3.3); the names are the event's periodType. */
public enum PeriodType {
    ANNUAL,
    PERIODIC
}
