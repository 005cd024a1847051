package id.asn.training.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The yearly development entitlement of PP 11/2017 (docs/domain.md §2.1.1): at least 20 JP per calendar year;
 * the minimum is configuration. Met when {@code sum(JP in year) >= minimum}.
 */
public record JpCompliance(BigDecimal earned, BigDecimal minimum) {

    public boolean met() {
        return earned.compareTo(minimum) >= 0;
    }

    /** How many JP are still missing; zero once the minimum is met. */
    public BigDecimal shortfall() {
        return met() ? BigDecimal.ZERO : minimum.subtract(earned);
    }

    /** Days left in {@code year} after {@code today}, counting today; 0 for a past year, the whole year for a future one. */
    public static long daysLeft(int year, LocalDate today) {
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate end = LocalDate.of(year + 1, 1, 1);
        if (!today.isBefore(end)) {
            return 0;
        }
        return ChronoUnit.DAYS.between(today.isBefore(first) ? first : today, end);
    }
}
