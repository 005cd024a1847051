package id.asn.career.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import id.asn.career.eligibility.RegularPromotionRule.Candidate;
import id.asn.career.eligibility.RegularPromotionRule.Condition;
import id.asn.career.eligibility.RegularPromotionRule.Outcome;
import id.asn.career.eligibility.RegularPromotionRule.Sentence;
import id.asn.career.record.EducationLevel;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** docs/domain.md §5.2: KP reguler, one case per condition, with the reason and the date it will be met. */
class RegularPromotionRuleTest {

    private final RegularPromotionRule rule = new RegularPromotionRule(new RegularPromotionRule.Settings(4, 2,
            Set.of("SANGAT_BAIK", "BAIK"), LocalDate.of(2025, 10, 1), Set.of(2, 4, 6, 8, 10, 12)));

    private static final LocalDate ON = LocalDate.of(2027, 4, 1);

    private static Candidate eligible() {
        return new Candidate("PNS", "PELAKSANA", "III/a", LocalDate.of(2023, 4, 1), EducationLevel.S1, List.of(),
                Map.of(2025, "BAIK", 2026, "SANGAT_BAIK"));
    }

    @Test
    void aPnsPelaksanaMeetingEveryConditionIsEligibleForTheNextRank() {
        Outcome outcome = rule.evaluate(eligible(), ON);
        assertThat(outcome.eligible()).isTrue();
        assertThat(outcome.nextRank()).isEqualTo("III/b");
        assertThat(outcome.eligibleFrom()).contains(ON);
    }

    @ParameterizedTest(name = "{0}: {1} → unmet {2}, met on {3}")
    @CsvSource(nullValues = "-", textBlock = """
            # case               | change                                   | condition          | met on
            PPPK                 , type=PPPK                                , PNS                , -
            CPNS                 , type=CPNS                                , PNS                , -
            functional position  , class=JF_AHLI_PERTAMA                    , PELAKSANA          , -
            rank TMT unknown     , tmt=-                                    , RANK_KNOWN         , -
            3 years 11 months    , tmt=2023-05-01                           , TIME_IN_RANK       , 2027-05-01
            exactly 4 years      , tmt=2023-04-01                           , -                  , -
            4 years on the 15th  , tmt=2023-03-15                           , -                  , -
            2026 Butuh Perbaikan , 2026=BUTUH_PERBAIKAN                     , PERFORMANCE        , 2029-01-01
            2025 missing         , 2025=-                                   , PERFORMANCE        , -
            sentence running     , sanction=2027-01-01..2027-06-30          , NO_ACTIVE_SANCTION , 2027-07-01
            sentence ended       , sanction=2026-01-01..2027-03-31          , -                  , -
            sentence starts on   , sanction=2027-04-01..2027-04-30          , NO_ACTIVE_SANCTION , 2027-05-01
            SLTA at III/b        , rank=III/b;edu=SLTA                      , EDUCATION_CEILING  , -
            S1 at III/c          , rank=III/c;edu=S1                        , -                  , -
            S1 at III/d          , rank=III/d;edu=S1                        , EDUCATION_CEILING  , -
            S2 at III/d          , rank=III/d;edu=S2                        , -                  , -
            no diploma           , edu=-                                    , EDUCATION_CEILING  , -
            IV/e                 , rank=IV/e;edu=S3                         , EDUCATION_CEILING  , -
            """, delimiter = ',')
    void eachConditionIsReportedWithTheDateItWillBeMet(String name, String change, Condition condition,
                                                       LocalDate metOn) {
        Outcome outcome = rule.evaluate(apply(eligible(), change), ON);
        if (condition == null) {
            assertThat(outcome.unmet()).as(name).isEmpty();
            return;
        }
        assertThat(outcome.unmet()).as(name).hasSize(1);
        assertThat(outcome.unmet().get(0).condition()).isEqualTo(condition);
        assertThat(outcome.unmet().get(0).reason()).isNotBlank();
        assertThat(outcome.unmet().get(0).metOn()).as(name).isEqualTo(metOn);
    }

    @ParameterizedTest(name = "{0} is a period: {1}")
    @CsvSource({"2027-04-01, true", "2027-05-01, true", "2027-04-02, false", "2025-10-01, true",
            "2025-09-01, false", "2025-08-01, true", "2024-03-01, false"})
    void promotionsTakeEffectOnTheFirstOfAPeriod(LocalDate date, boolean period) {
        assertThat(rule.isPeriod(date)).isEqualTo(period);
    }

    @Test
    void aTmtNotOnAPeriodNamesTheNextPeriod() {
        Outcome outcome = rule.evaluate(eligible(), LocalDate.of(2027, 4, 15));
        assertThat(outcome.unmet()).extracting(RegularPromotionRule.Unmet::condition)
                .containsExactly(Condition.EFFECTIVE_DATE);
        assertThat(outcome.unmet().get(0).metOn()).isEqualTo(LocalDate.of(2027, 5, 1));
        // before October 2025 only the six periods of Peraturan BKN 4/2023 count
        assertThat(rule.nextPeriod(LocalDate.of(2025, 2, 2))).isEqualTo(LocalDate.of(2025, 4, 1));
    }

    @Test
    void severalUnmetConditionsGiveTheLatestDateAsEligibleFrom() {
        Candidate c = apply(apply(eligible(), "tmt=2023-08-01"), "sanction=2027-01-01..2027-10-31");
        Outcome outcome = rule.evaluate(c, ON);
        assertThat(outcome.unmet()).extracting(RegularPromotionRule.Unmet::condition)
                .containsExactly(Condition.TIME_IN_RANK, Condition.NO_ACTIVE_SANCTION);
        assertThat(outcome.eligibleFrom()).contains(LocalDate.of(2027, 11, 1));
    }

    private static Candidate apply(Candidate c, String change) {
        String type = c.employeeType();
        String positionClass = c.positionClass();
        String rank = c.rank();
        LocalDate tmt = c.rankTmt();
        EducationLevel edu = c.education();
        List<Sentence> sentences = c.sentences();
        Map<Integer, String> predikat = new HashMap<>(c.predikatByYear());
        for (String part : change.split(";")) {
            String[] kv = part.split("=");
            String value = kv[1].equals("-") ? null : kv[1];
            switch (kv[0]) {
                case "type" -> type = value;
                case "class" -> positionClass = value;
                case "rank" -> rank = value;
                case "tmt" -> tmt = value == null ? null : LocalDate.parse(value);
                case "edu" -> edu = value == null ? null : EducationLevel.valueOf(value);
                case "sanction" -> {
                    String[] period = value.split("\\.\\.");
                    sentences = List.of(new Sentence(LocalDate.parse(period[0]), LocalDate.parse(period[1])));
                }
                default -> {
                    if (value == null) {
                        predikat.remove(Integer.parseInt(kv[0]));
                    } else {
                        predikat.put(Integer.parseInt(kv[0]), value);
                    }
                }
            }
        }
        return new Candidate(type, positionClass, rank, tmt, edu, sentences, predikat);
    }
}
