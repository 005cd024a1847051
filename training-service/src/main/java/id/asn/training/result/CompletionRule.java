package id.asn.training.result;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * When an enrolment counts as completed: the participant attended at least the programme's share of the meetings
 * (80% unless the programme says otherwise) and, where the programme requires a post-test, scored at least its
 * pass mark. Rule: docs/domain.md §2.6.1 (POLICY; training.completion-attendance-share).
 *
 * @param requiredShare attendance share needed, 0..1
 * @param postTestRequired whether a post-test result is needed at all
 * @param passMark the lowest passing post-test score (0..100); ignored without a post-test
 */
public record CompletionRule(BigDecimal requiredShare, boolean postTestRequired, BigDecimal passMark) {

    /** Why an enrolment did not complete. */
    public enum Shortfall { ATTENDANCE_BELOW_SHARE, NO_MEETINGS, POST_TEST_MISSING, POST_TEST_BELOW_PASS_MARK }

    /** The outcome for one participant; {@code share} is attended ÷ meetings, rounded to 4 decimals. */
    public record Decision(boolean completed, BigDecimal share, List<Shortfall> shortfalls) {
    }

    public Decision decide(int attendedMeetings, int totalMeetings, BigDecimal postTestScore) {
        List<Shortfall> shortfalls = new ArrayList<>();
        BigDecimal share = BigDecimal.ZERO;
        if (totalMeetings == 0) {
            shortfalls.add(Shortfall.NO_MEETINGS);
        } else {
            share = BigDecimal.valueOf(attendedMeetings).divide(BigDecimal.valueOf(totalMeetings), 4, RoundingMode.HALF_UP);
            // compare the exact fraction, not the rounded share: 4/5 must meet 0.80 and 79/100 must not
            if (BigDecimal.valueOf(attendedMeetings).compareTo(requiredShare.multiply(BigDecimal.valueOf(totalMeetings))) < 0) {
                shortfalls.add(Shortfall.ATTENDANCE_BELOW_SHARE);
            }
        }
        if (postTestRequired) {
            if (postTestScore == null) {
                shortfalls.add(Shortfall.POST_TEST_MISSING);
            } else if (postTestScore.compareTo(passMark) < 0) {
                shortfalls.add(Shortfall.POST_TEST_BELOW_PASS_MARK);
            }
        }
        return new Decision(shortfalls.isEmpty(), share, List.copyOf(shortfalls));
    }
}
