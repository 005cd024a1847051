package id.asn.appraisal.objection;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * The last day an objection may be filed (PP 30/2019 Ps. 59, docs/domain.md §3.9): at the latest {@code days} days
 * after the appraisee received the result, counted in calendar days (the default) or in working days (Monday to
 * Friday), as the agency configures; the day of receipt itself does not count.
 */
public final class ObjectionWindowRule {

    private ObjectionWindowRule() {
    }

    public static LocalDate deadline(LocalDate received, int days, boolean workingDays) {
        if (!workingDays) {
            return received.plusDays(days);
        }
        LocalDate day = received;
        int counted = 0;
        while (counted < days) {
            day = day.plusDays(1);
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                counted++;
            }
        }
        return day;
    }
}
