package id.asn.appraisal.period;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The evaluations of an annual period (docs/domain.md §3.3): the annual one over January to December and the
 * periodic ones inside it, months or quarters numbered from 1, each from its first to its last calendar day.
 */
public final class PeriodScheduleRule {

    /** One evaluation window; number 1 for the annual one. */
    public record Window(int number, LocalDate start, LocalDate end) {
    }

    private PeriodScheduleRule() {
    }

    public static Window annual(int year) {
        return new Window(1, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    /** The periodic window {@code number} (1-based), or empty when the year has no such window. */
    public static Optional<Window> periodic(int year, Frequency frequency, int number) {
        if (number < 1 || number > frequency.perYear()) {
            return Optional.empty();
        }
        LocalDate start = LocalDate.of(year, 1 + (number - 1) * frequency.months(), 1);
        return Optional.of(new Window(number, start, start.plusMonths(frequency.months()).minusDays(1)));
    }

    public static List<Window> periodic(int year, Frequency frequency) {
        List<Window> windows = new ArrayList<>();
        for (int n = 1; n <= frequency.perYear(); n++) {
            windows.add(periodic(year, frequency, n).orElseThrow());
        }
        return windows;
    }
}
