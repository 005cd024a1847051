package id.asn.platform.events.appraisal;

import java.time.LocalDate;

/**
 * {@code asn.appraisal.finalized.v1}: an employee's performance evaluation for a period was finalized.
 *
 * @param periodType      ANNUAL or PERIODIC
 * @param hasilKerja      DI_BAWAH_EKSPEKTASI, SESUAI_EKSPEKTASI or DI_ATAS_EKSPEKTASI
 * @param perilakuKerja   same scale as {@code hasilKerja}
 * @param predikat        SANGAT_BAIK, BAIK, BUTUH_PERBAIKAN, KURANG_MISCONDUCT or SANGAT_KURANG
 * @param unitId          the unit (unit kerja) the employee was appraised in
 * @param raterNip        the pejabat penilai who rated (not shown to the appraisee by appraisal-service)
 * @param revision        1 when first finalized; each corrected result (an objection that changed it) publishes the
 *                        same {@code appraisalId} again with the next revision, which replaces every earlier one
 */
public record AppraisalFinalizedV1(String appraisalId, String nip, int year, String periodType,
                                   LocalDate periodStart, LocalDate periodEnd, String hasilKerja,
                                   String perilakuKerja, String predikat, LocalDate finalizedOn, String unitId,
                                   String raterNip, int revision) {
}
