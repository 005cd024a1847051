package id.asn.career.merit;

import static org.assertj.core.api.Assertions.assertThat;

import id.asn.career.merit.MeritRule.Appointment;
import id.asn.career.merit.MeritRule.Contribution;
import id.asn.career.merit.MeritRule.Count;
import id.asn.career.merit.MeritRule.Figure;
import id.asn.career.merit.MeritRule.Person;
import id.asn.career.merit.MeritRule.Promotion;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** docs/domain.md §4.6.1: MeritRule, what one employee or position counts in, and the figures from the tallies. */
class MeritRuleTest {

    private static final MeritRule.Settings S = new MeritRule.Settings(new BigDecimal("20"), Period.ZERO);

    private static Contribution c(Count count, String period) {
        return new Contribution(count, period);
    }

    static Stream<Arguments> people() {
        LocalDate until = LocalDate.of(2027, 6, 30);
        return Stream.of(
                Arguments.of("active, nothing else", new Person(true, null, Set.of(), Map.of(), List.of(), List.of()),
                        Set.of(c(Count.EMPLOYEES, "-"))),
                Arguments.of("assessment, appraisal, 20 JP", new Person(true, until, Set.of(2025),
                        Map.of(2025, new BigDecimal("20"), 2026, new BigDecimal("19.99")), List.of(), List.of()),
                        Set.of(c(Count.EMPLOYEES, "-"), c(Count.ASSESSED_UNTIL, "2027-06-30"),
                                c(Count.APPRAISED, "2025"), c(Count.JP_MET, "2025"))),
                Arguments.of("left the agency: no share of ASN, the appointment stays", new Person(false, until,
                        Set.of(2025), Map.of(2025, new BigDecimal("40")), List.of(new Appointment(
                        LocalDate.of(2025, 3, 1), true)), List.of()),
                        Set.of(c(Count.APPOINTED, "2025"), c(Count.APPOINTED_BY_SELECTION, "2025"))),
                Arguments.of("appointed without selection", new Person(false, null, Set.of(), Map.of(),
                        List.of(new Appointment(LocalDate.of(2026, 1, 2), false)), List.of()),
                        Set.of(c(Count.APPOINTED, "2026"))),
                Arguments.of("promoted on the due period", new Person(false, null, Set.of(), Map.of(), List.of(),
                        List.of(new Promotion(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 1)))),
                        Set.of(c(Count.PROMOTED, "2026"), c(Count.PROMOTED_ON_TIME, "2026"))),
                Arguments.of("promoted a month late", new Person(false, null, Set.of(), Map.of(), List.of(),
                        List.of(new Promotion(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 4, 1)))),
                        Set.of(c(Count.PROMOTED, "2026"))),
                Arguments.of("promoted, rank TMT unknown", new Person(false, null, Set.of(), Map.of(), List.of(),
                        List.of(new Promotion(LocalDate.of(2026, 5, 1), null))),
                        Set.of(c(Count.PROMOTED, "2026"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("people")
    void eachPersonCountsOnceInEachFigureTheyMeet(String name, Person person, Set<Contribution> expected) {
        assertThat(MeritRule.ofPerson(person, S)).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void aGracePeriodMakesALatePromotionOnTime() {
        Person late = new Person(false, null, Set.of(), Map.of(), List.of(),
                List.of(new Promotion(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 4, 1))));
        assertThat(MeritRule.ofPerson(late, new MeritRule.Settings(new BigDecimal("20"), Period.ofMonths(1))))
                .contains(c(Count.PROMOTED_ON_TIME, "2026"));
    }

    @Test
    void aPositionCountsWhenHeldAndHasAStandardWhenMeasured() {
        assertThat(MeritRule.ofPosition(0, true)).isEmpty();
        assertThat(MeritRule.ofPosition(2, false)).containsExactly(c(Count.POSITIONS, "-"));
        assertThat(MeritRule.ofPosition(1, true)).containsExactly(c(Count.POSITIONS, "-"),
                c(Count.POSITIONS_WITH_STANDARD, "-"));
    }

    @Test
    void figuresAreRatiosWithNoShareWhenNothingIsCounted() {
        List<Figure> figures = MeritRule.figures(Map.of(Count.EMPLOYEES, 3L, Count.APPRAISED, 2L,
                Count.POSITIONS, 4L, Count.POSITIONS_WITH_STANDARD, 1L));
        assertThat(figures).extracting(Figure::figure).containsExactly("POSITIONS_WITH_COMPETENCY_STANDARD",
                "ASN_WITH_CURRENT_ASSESSMENT", "JP_COMPLIANCE", "APPRAISAL_COMPLETION",
                "VACANCIES_FILLED_BY_OPEN_SELECTION", "PROMOTIONS_ON_TIME");
        assertThat(figures.get(0).percent()).isEqualByComparingTo("25.00");
        assertThat(figures.get(3).percent()).isEqualByComparingTo("66.67");
        assertThat(figures.get(1).percent()).isEqualByComparingTo("0.00");
        assertThat(figures.get(4).percent()).isNull();
    }
}
