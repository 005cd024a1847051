package id.asn.competency.assessment;

import static id.asn.competency.assessment.AssessmentMethod.ASSESSMENT_CENTRE;
import static id.asn.competency.assessment.AssessmentMethod.SELF;
import static id.asn.competency.assessment.AssessmentMethod.SIMPLIFIED;
import static id.asn.competency.assessment.AssessmentMethod.SJT;
import static id.asn.competency.assessment.AssessmentMethod.SUPERVISOR;
import static id.asn.competency.assessment.AssessmentMethod.SUPERVISOR_OBSERVATION;
import static org.assertj.core.api.Assertions.assertThat;

import id.asn.competency.assessment.EvidenceRule.Evidence;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The evidence rule of docs/domain.md §1.8.2, one row per case. Evidence is written
 * {@code METHOD score assessedOn validUntil [superseded]}, several separated by {@code ;}, in recording order.
 */
class EvidenceRuleTest {

    private static final LocalDate ON = LocalDate.of(2026, 11, 22);
    /** The default ranking, competency.evidence.ranking. */
    private final EvidenceRule rule = new EvidenceRule(List.of(ASSESSMENT_CENTRE, SIMPLIFIED, SJT,
            SUPERVISOR_OBSERVATION, SUPERVISOR, SELF));

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
        # case                                               | evidence                                                                        | current
        no evidence: no current level                        | ''                                                                              | none
        a single valid result counts                         | SELF 3.00 2026-01-10 2029-01-10                                                 | 3.00
        rule 3: assessment centre outranks a later self      | ASSESSMENT_CENTRE 2.50 2025-03-01 2028-03-01; SELF 4.00 2026-06-01 2029-06-01   | 2.50
        rule 3: supervisor outranks self                     | SELF 4.00 2026-06-01 2029-06-01; SUPERVISOR 3.00 2026-01-01 2029-01-01          | 3.00
        rule 3: observation at work outranks a later supervisor rating | SUPERVISOR 2.00 2026-06-01 2029-06-01; SUPERVISOR_OBSERVATION 3.00 2026-03-01 2029-03-01 | 3.00
        rule 3: observation at work outranks self            | SELF 2.00 2026-06-01 2029-06-01; SUPERVISOR_OBSERVATION 3.00 2026-03-01 2029-03-01 | 3.00
        rule 3: SJT outranks an observation at work          | SUPERVISOR_OBSERVATION 4.00 2026-06-01 2029-06-01; SJT 2.50 2025-01-01 2028-01-01 | 2.50
        rule 4: the later of two observations wins           | SUPERVISOR_OBSERVATION 2.00 2026-03-01 2029-03-01; SUPERVISOR_OBSERVATION 4.00 2026-09-01 2029-09-01 | 4.00
        rule 3: simplified outranks SJT                      | SJT 3.50 2026-06-01 2029-06-01; SIMPLIFIED 3.00 2024-01-01 2027-01-01           | 3.00
        rule 4: the later of two assessment centres wins     | ASSESSMENT_CENTRE 2.00 2024-01-01 2027-01-01; ASSESSMENT_CENTRE 3.00 2025-01-01 2028-01-01 | 3.00
        rule 4: later date wins even when recorded earlier   | ASSESSMENT_CENTRE 3.00 2025-01-01 2028-01-01; ASSESSMENT_CENTRE 2.00 2024-01-01 2027-01-01 | 3.00
        rule 4: same date, the later recorded wins           | SUPERVISOR 2.00 2026-01-01 2029-01-01; SUPERVISOR 2.75 2026-01-01 2029-01-01    | 2.75
        rule 2: expired assessment centre yields to self     | ASSESSMENT_CENTRE 4.00 2020-01-01 2023-01-01; SELF 2.00 2026-01-01 2029-01-01   | 2.00
        rule 2: valid on its last day                        | ASSESSMENT_CENTRE 4.00 2023-11-22 2026-11-22                                    | 4.00
        rule 2: expired only evidence gives no level         | ASSESSMENT_CENTRE 4.00 2020-01-01 2023-01-01                                    | none
        rule 2: future-dated evidence does not count yet     | ASSESSMENT_CENTRE 4.00 2026-12-01 2029-12-01; SELF 2.00 2026-01-01 2029-01-01   | 2.00
        rule 1: superseded result never counts               | ASSESSMENT_CENTRE 1.00 2026-01-01 2029-01-01 superseded; ASSESSMENT_CENTRE 3.00 2026-01-01 2029-01-01 | 3.00
        rule 1: superseded high-rank yields to lower rank    | ASSESSMENT_CENTRE 1.00 2026-01-01 2029-01-01 superseded; SELF 2.50 2026-01-01 2029-01-01 | 2.50
        """)
    void currentLevel(String description, String evidence, BigDecimal expected) {
        assertThat(rule.current(parse(evidence), ON).map(Evidence::score).orElse(null)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "ranking {0} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
        ASSESSMENT_CENTRE,SELF | ASSESSMENT_CENTRE 2.00 2025-01-01 2028-01-01; SELF 4.00 2026-01-01 2029-01-01 | 2.00
        SELF,ASSESSMENT_CENTRE | ASSESSMENT_CENTRE 2.00 2025-01-01 2028-01-01; SELF 4.00 2026-01-01 2029-01-01 | 4.00
        ASSESSMENT_CENTRE      | SELF 4.00 2026-01-01 2029-01-01                                              | -1
        """)
    void rankingIsConfigurable(String ranking, String evidence, BigDecimal expected) {
        EvidenceRule configured = new EvidenceRule(
                List.of(ranking.split(",")).stream().map(AssessmentMethod::valueOf).toList());
        BigDecimal current = configured.current(parse(evidence), ON).map(Evidence::score).orElse(BigDecimal.ONE.negate());
        assertThat(current).isEqualByComparingTo(expected);
    }

    private static List<Evidence> parse(String evidence) {
        List<Evidence> parsed = new ArrayList<>();
        Instant recorded = Instant.parse("2026-01-01T00:00:00Z");
        for (String item : evidence.split(";")) {
            if (item.isBlank()) {
                continue;
            }
            String[] f = item.trim().split("\\s+");
            recorded = recorded.plusSeconds(60);
            parsed.add(new Evidence(UUID.randomUUID(), AssessmentMethod.valueOf(f[0]), LocalDate.parse(f[2]),
                    LocalDate.parse(f[3]), recorded, f.length > 4 && f[4].equals("superseded"), new BigDecimal(f[1])));
        }
        return parsed;
    }
}
