package id.asn.platform.events.career;

import java.time.LocalDate;

/** {@code asn.career.promoted.v1}: a rank promotion took effect (TMT {@code effectiveOn}). */
public record CareerPromotedV1(String nip, String fromRank, String toRank, String promotionType,
                               LocalDate effectiveOn, String decreeNumber) {
}
