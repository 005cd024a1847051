package id.asn.appraisal.multirater;

/** Who gives behaviour input besides the pejabat penilai (docs/domain.md §3.4.1). */
public enum RaterGroup {
    /** An employee of the appraisee's unit, not their subordinate. */
    PEER,
    /** An employee whose direct supervisor is the appraisee. */
    SUBORDINATE
}
