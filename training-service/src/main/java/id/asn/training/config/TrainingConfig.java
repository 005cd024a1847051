package id.asn.training.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;

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

    /** Rows (NIPs, needs or a unit's employees) one bulk nomination may carry (docs/domain.md §2.6.4). */
    @WithDefault("5000")
    int nominationBatchMax();

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

    /** The budget-optimal plan proposal (docs/domain.md §2.9): POLICY values an agency may set. */
    PlanOptimiser planOptimiser();

    /** Weights, defaults and the solver's limits of the plan proposal. */
    interface PlanOptimiser {
        /** JP an employee may spend on development in the plan year when the request does not say. */
        @WithDefault("40")
        BigDecimal availableJp();

        /** Weight of a need from a competency gap. */
        @WithDefault("1.0")
        BigDecimal weightGap();

        /** Weight of a need from a weak appraisal. */
        @WithDefault("1.0")
        BigDecimal weightAppraisal();

        /** Weight of a need named in a needs survey. */
        @WithDefault("0.5")
        BigDecimal weightSurvey();

        /** Levels a survey or appraisal need counts for, as they state no gap. */
        @WithDefault("1")
        BigDecimal defaultGap();

        /** Cheapest programmes per JP an employee short of the minimum may be given beyond their needs. */
        @WithDefault("3")
        int topUpPrograms();

        /** The solver's time limit when the request does not set one. */
        @WithDefault("20s")
        Duration timeLimit();

        /** The longest time limit a request may ask for. */
        @WithDefault("120s")
        Duration maxTimeLimit();

        /** CP-SAT search workers. */
        @WithDefault("2")
        int workers();
    }
}
