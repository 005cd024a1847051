package id.asn.platform.events.appraisal;

import java.time.LocalDate;

/**
 * {@code asn.appraisal.objection-decided.v1}: the appraiser's superior decided an objection (keberatan); the
 * decision is final.
 *
 * @param decision ACCEPTED, PARTIALLY_ACCEPTED or REJECTED
 */
public record AppraisalObjectionDecidedV1(String objectionId, String appraisalId, String nip, String decision,
                                          String predikatBefore, String predikatAfter, LocalDate decidedOn) {
}
