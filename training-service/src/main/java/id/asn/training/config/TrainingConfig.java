package id.asn.training.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The training rules that docs/domain.md §2.1.2 marks UNVERIFIED or that agencies set themselves (§2.7 the
 * follow-up at work); configuration,
 * not code (docs/domain.md §8.2 rule 1). Each default is written here once; {@code training.*} overrides it.
 */
@ConfigMapping(prefix = "training")
public interface TrainingConfig {

    /** Minutes in one JP (jam pelajaran). */
    @WithDefault("45")
    int jpMinutes();

    /** How minutes that do not fill a whole JP are rounded. */
    @WithDefault("DOWN")
    RoundingMode jpRounding();

    /** Attendance share a programme requires when it does not set its own. */
    @WithDefault("0.80")
    BigDecimal completionAttendanceShare();

    /** JP every employee must earn per calendar year. */
    @WithDefault("20")
    BigDecimal yearlyMinimumJp();

    /** Rows one attendance request may carry: the request's only bound. */
    @WithDefault("5000")
    int attendanceBatchMax();

    FollowUp followUp();

    /** The follow-up evaluation at work (docs/domain.md §2.7, POLICY). */
    interface FollowUp {
        /** Months after a completion that its follow-up falls due. */
        @WithDefault("3")
        int months();

        /** Days after the due date within which the supervisor should answer; later it is overdue. */
        @WithDefault("30")
        int answerDays();
    }
}
