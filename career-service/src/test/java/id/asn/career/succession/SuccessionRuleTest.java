package id.asn.career.succession;

import static org.assertj.core.api.Assertions.assertThat;

import id.asn.career.succession.SuccessionRule.Person;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.junit.jupiter.api.Test;

/** docs/domain.md §4.5 and §5.5: the succession pool, retirement exclusion and the ranking of candidates. */
class SuccessionRuleTest {

    private static final LocalDate ON = LocalDate.of(2026, 12, 1);
    private static final List<Integer> POOL = List.of(7, 8, 9);

    private static Person p(String nip, int box, String kinerja, String fit, LocalDate birth) {
        return new Person(nip, box, kinerja, new BigDecimal("70"), birth, 58, fit == null ? null : new BigDecimal(fit));
    }

    @Test
    void candidatesRankByBoxThenJobFitWithUnknownLastThenKinerja() {
        LocalDate birth = LocalDate.of(1990, 1, 1);
        List<Person> ranked = List.of(
                p("a", 8, "SESUAI_EKSPEKTASI", "95", birth),
                p("b", 9, "DI_ATAS_EKSPEKTASI", null, birth),
                p("c", 9, "DI_ATAS_EKSPEKTASI", "80", birth),
                p("d", 9, "DI_ATAS_EKSPEKTASI", "90", birth),
                p("e", 7, "DI_ATAS_EKSPEKTASI", "99", birth),
                p("f", 8, "DI_ATAS_EKSPEKTASI", "95", birth))
                .stream().sorted(SuccessionRule.RANKING).toList();
        assertThat(ranked).extracting(Person::nip).containsExactly("d", "c", "b", "f", "a", "e");
    }

    @Test
    void anyoneWithinAYearOfRetirementAgeIsLeftOutWithTheReason() {
        // 58 on 2027-12-01: exactly one year ahead, so excluded; a day later it is not
        assertThat(SuccessionRule.exclusion(p("x", 9, "DI_ATAS_EKSPEKTASI", null, LocalDate.of(1969, 12, 1)), POOL,
                Period.ofYears(1), ON)).hasValueSatisfying(r -> assertThat(r).contains("2027-12-01"));
        assertThat(SuccessionRule.exclusion(p("y", 9, "DI_ATAS_EKSPEKTASI", null, LocalDate.of(1969, 12, 2)), POOL,
                Period.ofYears(1), ON)).isEmpty();
        assertThat(SuccessionRule.exclusion(p("z", 6, "DI_BAWAH_EKSPEKTASI", null, LocalDate.of(1990, 1, 1)), POOL,
                Period.ofYears(1), ON)).hasValueSatisfying(r -> assertThat(r).contains("box 6"));
    }
}
