package id.asn.appraisal.period;

/** How often periodic evaluations happen inside the annual period, the agency's choice (docs/domain.md §3.3). */
public enum Frequency {
    /** Twelve monthly evaluations. */
    MONTHLY(12),
    /** Four quarterly evaluations (Triwulan I to IV). */
    QUARTERLY(4);

    private final int perYear;

    Frequency(int perYear) {
        this.perYear = perYear;
    }

    public int perYear() {
        return perYear;
    }

    public int months() {
        return 12 / perYear;
    }
}
