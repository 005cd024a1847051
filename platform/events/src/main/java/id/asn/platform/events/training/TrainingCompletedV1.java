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
 * @param raterTraining   whether hr-admin marked the programme as rater training (fair rating, constructive
 *                        feedback); null from publishers before the field existed, which means no
 */
public record TrainingCompletedV1(String enrollmentId, String nip, String programId, String programTitle,
                                  String developmentPath, String institutionName, List<TargetCompetency> competencies,
                                  BigDecimal jp, LocalDate startDate, LocalDate completedOn,
                                  String certificateNumber, Boolean raterTraining) {

    public record TargetCompetency(String competencyCode, int targetLevel) {
    }
}
