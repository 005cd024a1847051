package id.asn.career.evidence;

/**
 * Fired (CDI, synchronously, in the inbox transaction) when an appraisal, a training or a competency result of
 * an employee changed here, so that what depends on it (the 9-box) is placed again in the same transaction.
 *
 * @param year the appraisal year the change concerns, or null when it concerns the latest one
 */
public record EvidenceChanged(String nip, Integer year) {
}
