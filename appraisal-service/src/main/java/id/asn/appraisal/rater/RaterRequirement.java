package id.asn.appraisal.rater;

/** Whether an agency requires a completed rater training of the pejabat penilai before rating (docs/domain.md §3.4.2). */
public enum RaterRequirement {
    /** Anyone who is the pejabat penilai rates. */
    OFF,
    /** An untrained pejabat penilai rates, and the answer carries a warning naming the missing training. */
    WARN,
    /** An untrained pejabat penilai is refused (422 naming the missing training). */
    REFUSE
}
