package id.asn.competency.assessment;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Rule: docs/domain.md §1.8.2 (POLICY; ranking in competency.evidence.ranking).
 * Turns the pieces of assessment evidence an employee has for one competency into the one current level.
 * <ol>
 *   <li>A superseded assessment never counts: its correction replaces it.</li>
 *   <li>Only evidence valid on the reference date counts: assessed on or before it, valid until on or after it.</li>
 *   <li>Among what remains, the method ranked highest wins (default: assessment centre, simplified, SJT,
 *       supervisor, self; configurable because no regulation ranks them).</li>
 *   <li>Between results of the same method, the latest assessment date wins, then the latest recorded.</li>
 * </ol>
 * With no evidence left the competency has no current level: it counts as 0 in the JPM and its gap is the
 * whole required level.
 */
public final class EvidenceRule {

    private final List<AssessmentMethod> ranking;

    /** @param ranking methods from the most to the least trusted; a method not listed never counts */
    public EvidenceRule(List<AssessmentMethod> ranking) {
        this.ranking = List.copyOf(ranking);
    }

    /** One assessed score of one competency, with what the rule needs to know about its assessment. */
    public record Evidence(UUID assessmentId, AssessmentMethod method, LocalDate assessedOn, LocalDate validUntil,
                           Instant recordedAt, boolean superseded, BigDecimal score) {
    }

    public Optional<Evidence> current(Collection<Evidence> evidence, LocalDate on) {
        return evidence.stream()
                .filter(e -> !e.superseded())
                .filter(e -> !e.assessedOn().isAfter(on) && !e.validUntil().isBefore(on))
                .filter(e -> ranking.contains(e.method()))
                .min(Comparator.<Evidence>comparingInt(e -> ranking.indexOf(e.method()))
                        .thenComparing(Evidence::assessedOn, Comparator.reverseOrder())
                        .thenComparing(Evidence::recordedAt, Comparator.reverseOrder()));
    }
}
