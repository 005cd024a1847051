package id.asn.platform.events.training;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * {@code asn.training.completed.v1}: an employee completed a training; the JP were credited and a certificate
 * issued.
 *
 * @param developmentPath PENDIDIKAN, PELATIHAN_KLASIKAL or PELATIHAN_NONKLASIKAL
 * @param competencies    the competencies the programme develops, with the level it aims at
 */
public record TrainingCompletedV1(String enrollmentId, String nip, String programId, String programTitle,
                                  String developmentPath, String institutionName, List<TargetCompetency> competencies,
                                  BigDecimal jp, LocalDate startDate, LocalDate completedOn,
                                  String certificateNumber) {

    public record TargetCompetency(String competencyCode, int targetLevel) {
    }
}
