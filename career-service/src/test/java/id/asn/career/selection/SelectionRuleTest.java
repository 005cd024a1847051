package id.asn.career.selection;

import static org.assertj.core.api.Assertions.assertThat;

import id.asn.career.selection.SelectionRule.Candidate;
import id.asn.career.selection.SelectionRule.Ranked;
import id.asn.career.selection.SelectionRule.Requirements;
import id.asn.career.selection.SelectionRule.Sentence;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** docs/domain.md §5.7 (and §7.3): SelectionRule filters by the requirements, then ranks; the redaction rule. */
class SelectionRuleTest {

    private static final LocalDate CLOSES = LocalDate.of(2026, 11, 30);
    private static final Requirements R = new Requirements(9, "S1", 56, CLOSES, 2, Set.of("SANGAT_BAIK", "BAIK"));
    private static final Map<Integer, String> GOOD = Map.of(2024, "BAIK", 2025, "SANGAT_BAIK");

    private static Candidate c(String nip, String fit, Map<Integer, String> predikat, Integer box) {
        return new Candidate(nip, 9, "S1", LocalDate.of(1980, 1, 1), predikat, List.of(),
                fit == null ? null : new BigDecimal(fit), box);
    }

    static Stream<Arguments> requirements() {
        LocalDate born = LocalDate.of(1980, 1, 1);
        return Stream.of(
                Arguments.of("all met", new Candidate("a", 9, "S1", born, GOOD, List.of(), null, null), null),
                Arguments.of("diploma below", new Candidate("a", 8, "D3", born, GOOD, List.of(), null, null),
                        "education D3 is below S1"),
                Arguments.of("no diploma known", new Candidate("a", 0, null, born, GOOD, List.of(), null, null),
                        "education unknown is below S1"),
                // 56 on the closing day is within the limit; 57 is not
                Arguments.of("age 56 at closing", new Candidate("a", 9, "S1", LocalDate.of(1970, 11, 30), GOOD,
                        List.of(), null, null), null),
                Arguments.of("age 57 at closing", new Candidate("a", 9, "S1", LocalDate.of(1969, 11, 30), GOOD,
                        List.of(), null, null), "age 57 on 2026-11-30 is above 56"),
                Arguments.of("birth date unknown", new Candidate("a", 9, "S1", null, GOOD, List.of(), null, null),
                        "birth date unknown"),
                Arguments.of("a year without predikat", new Candidate("a", 9, "S1", born, Map.of(2025, "BAIK"),
                        List.of(), null, null), "no annual predikat for 2024"),
                Arguments.of("a year below baik", new Candidate("a", 9, "S1", born, Map.of(2024, "BUTUH_PERBAIKAN",
                        2025, "BAIK"), List.of(), null, null), "annual predikat BUTUH_PERBAIKAN in 2024"),
                Arguments.of("sentence running at closing", new Candidate("a", 9, "S1", born, GOOD,
                        List.of(new Sentence(LocalDate.of(2026, 6, 1), CLOSES)), null, null),
                        "disciplinary sentence from 2026-06-01 to 2026-11-30"),
                Arguments.of("sentence over before closing", new Candidate("a", 9, "S1", born, GOOD,
                        List.of(new Sentence(LocalDate.of(2025, 6, 1), LocalDate.of(2026, 11, 29))), null, null),
                        null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("requirements")
    void eachRequirementIsCheckedWithItsReason(String name, Candidate candidate, String unmet) {
        if (unmet == null) {
            assertThat(SelectionRule.unmet(candidate, R)).isEmpty();
        } else {
            assertThat(SelectionRule.unmet(candidate, R)).singleElement().asString().contains(unmet);
        }
    }

    @Test
    void eligibleRankByJobFitUnknownLastThenPredikatThenBoxAndIneligibleFollow() {
        List<Ranked> ranked = SelectionRule.rank(List.of(
                c("a", "80", GOOD, 5),
                c("b", null, GOOD, 9),
                c("c", "90", Map.of(2024, "BAIK", 2025, "BAIK"), 9),
                c("d", "90", GOOD, 7),
                c("e", "90", GOOD, 8),
                c("f", "99", Map.of(2025, "BAIK"), 9)), R);
        assertThat(ranked).extracting(r -> r.candidate().nip()).containsExactly("e", "d", "c", "a", "b", "f");
        assertThat(ranked).extracting(Ranked::place).containsExactly(1, 2, 3, 4, 5, 6);
        assertThat(ranked.get(0).reason()).isEqualTo("job fit JPM 90; latest predikat SANGAT_BAIK; box 8");
        assertThat(ranked.get(4).reason()).contains("job fit unknown");
        assertThat(ranked.get(5).eligible()).isFalse();
        assertThat(ranked.get(5).reason()).startsWith("not eligible: no annual predikat for 2024");
    }

    @Test
    void aCandidateSeesOnlyTheirOwnIdentity() {
        assertThat(SelectionRule.showsIdentity("199003152019032005", "199003152019032005")).isTrue();
        assertThat(SelectionRule.showsIdentity("199003152019032005", "198807012014021003")).isFalse();
    }
}
