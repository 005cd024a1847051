package id.asn.platform.events.career;

import java.time.LocalDate;

/** {@code asn.career.award-granted.v1}: an award (penghargaan) was granted to an employee. */
public record CareerAwardGrantedV1(String nip, String awardType, LocalDate grantedOn, String decreeNumber) {
}
