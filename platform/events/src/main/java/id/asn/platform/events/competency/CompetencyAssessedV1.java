package id.asn.platform.events.competency;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * {@code asn.competency.assessed.v1}: a piece of assessment evidence was recorded for an employee.
 *
 * @param method      ASSESSMENT_CENTRE, SIMPLIFIED, SJT, SUPERVISOR or SELF
 * @param supersedes  the assessment this one corrects, if any
 */
public record CompetencyAssessedV1(String assessmentId, String nip, String method, String assessor,
                                   LocalDate assessedOn, LocalDate validUntil, String supersedes,
                                   List<Score> scores) {

    /** An assessed level, 1.00 to 5.00, for one competency code (M1..M8, SK1, or an agency's technical code). */
    public record Score(String competencyCode, BigDecimal score) {
    }
}
