package id.asn.training.result;

import static org.assertj.core.api.Assertions.assertThat;

import id.asn.training.result.CompletionRule.Shortfall;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The completion rule of docs/domain.md §2.6.1, as a table. */
class CompletionRuleTest {

    @ParameterizedTest(name = "{0}/{1} meetings, share {2}, post-test required={3} pass {4}, score {5} -> {6}")
    @CsvSource(nullValues = "null", value = {
            // attendance share: default 80% of meetings attended (present or late)
            "4,  5,   0.80, false, 0,  null, ''",
            "5,  5,   0.80, false, 0,  null, ''",
            "3,  5,   0.80, false, 0,  null, ATTENDANCE_BELOW_SHARE",
            "79, 100, 0.80, false, 0,  null, ATTENDANCE_BELOW_SHARE",
            "80, 100, 0.80, false, 0,  null, ''",
            "0,  0,   0.80, false, 0,  null, NO_MEETINGS",
            "1,  2,   0.50, false, 0,  null, ''",
            // post-test pass mark when the programme requires one
            "5,  5,   0.80, true,  70, 70,   ''",
            "5,  5,   0.80, true,  70, 69.9, POST_TEST_BELOW_PASS_MARK",
            "5,  5,   0.80, true,  70, null, POST_TEST_MISSING",
            "2,  5,   0.80, true,  70, 50,   ATTENDANCE_BELOW_SHARE POST_TEST_BELOW_PASS_MARK",
            "5,  5,   0.80, false, 70, 10,   ''"})
    void completesOnAttendanceShareAndPassMark(int attended, int total, BigDecimal share, boolean postTest,
                                                     BigDecimal passMark, BigDecimal score, String expected) {
        List<Shortfall> shortfalls = expected.isBlank() ? List.of()
                : Arrays.stream(expected.split(" ")).map(Shortfall::valueOf).toList();

        CompletionRule.Decision decision = new CompletionRule(share, postTest, passMark).decide(attended, total, score);

        assertThat(decision.shortfalls()).containsExactlyElementsOf(shortfalls);
        assertThat(decision.completed()).isEqualTo(shortfalls.isEmpty());
    }
}
