package id.asn.appraisal.support;

import id.asn.appraisal.config.AgencyCalendar;
import id.asn.appraisal.config.AppraisalConfig;
import jakarta.annotation.Priority;
import jakarta.inject.Singleton;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.function.Supplier;

/**
 * The agency's calendar moved forward by a number of days for the duration of one piece of a test, so that a test
 * can stand after a deadline (the objection window) without waiting for it. Today's date otherwise.
 */
@Alternative
@Priority(1)
@Singleton
public class ShiftedCalendar extends AgencyCalendar {

    private static volatile int shift;

    @Inject
    public ShiftedCalendar(AppraisalConfig config) {
        super(config);
    }

    @Override
    public LocalDate today() {
        return super.today().plusDays(shift);
    }

    /** Runs {@code work} with the calendar {@code days} ahead, and puts it back whatever happens. */
    public static <T> T ahead(int days, Supplier<T> work) {
        shift = days;
        try {
            return work.get();
        } finally {
            shift = 0;
        }
    }
}
