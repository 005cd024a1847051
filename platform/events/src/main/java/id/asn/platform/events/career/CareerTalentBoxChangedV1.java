package id.asn.platform.events.career;

/**
 * {@code asn.career.talent-box-changed.v1}: an employee's 9-box placement changed after a talent review.
 *
 * @param performance DI_BAWAH_EKSPEKTASI, SESUAI_EKSPEKTASI or DI_ATAS_EKSPEKTASI
 * @param potential   RENDAH, MENENGAH or TINGGI
 */
public record CareerTalentBoxChangedV1(String nip, int year, Integer previousBox, int box, String performance,
                                       String potential) {
}
