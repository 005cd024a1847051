package id.asn.career.merit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The measurable parts of the merit-system aspects (docs/domain.md §4.6.1): what one employee or one position
 * contributes to each figure, and the figures (numerator, denominator, share) from the agency's tallies. A
 * contribution is a (figure, period) pair counted once per subject; the period is a year, a date (the last day an
 * assessment is current) or {@link #ANY}.
 */
public final class MeritRule {

    /** The period of a figure that is not per year. */
    public static final String ANY = "-";

    /** The counted things; the figures below are ratios of them. */
    public enum Count { EMPLOYEES, ASSESSED_UNTIL, APPRAISED, JP_MET, APPOINTED, APPOINTED_BY_SELECTION, PROMOTED,
        PROMOTED_ON_TIME, POSITIONS, POSITIONS_WITH_STANDARD }

    /** One (figure, period) a subject counts in. */
    public record Contribution(Count count, String period) implements Comparable<Contribution> {
        @Override
        public int compareTo(Contribution o) {
            int c = count.compareTo(o.count);
            return c != 0 ? c : period.compareTo(o.period);
        }
    }

    /** An appointment to a position of the classes open selection is required for, and whether it came from one. */
    public record Appointment(LocalDate on, boolean throughSelection) {
    }

    /** A decided regular promotion: its TMT and the first period on which the years in rank were complete. */
    public record Promotion(LocalDate effectiveOn, LocalDate duePeriod) {
    }

    /** What is known of one employee. */
    public record Person(boolean active, LocalDate assessedUntil, Set<Integer> appraisedYears,
                         Map<Integer, BigDecimal> jpPerYear, List<Appointment> appointments,
                         List<Promotion> promotions) {
    }

    /** The settings: the yearly JP minimum and how late a regular promotion may take effect and still be on time. */
    public record Settings(BigDecimal yearlyJp, Period onTimeGrace) {
    }

    /** One figure of a year: numerator over denominator, and the share in percent (null when nothing to count). */
    public record Figure(String figure, long numerator, long denominator, BigDecimal percent) {
    }

    private MeritRule() {
    }

    /**
     * An employee's contributions: the shares of ASN (current assessment, appraisal, JP) count only the active; an
     * appointment or a promotion stays in the year it happened when the person leaves later.
     */
    public static Set<Contribution> ofPerson(Person p, Settings settings) {
        Set<Contribution> out = new TreeSet<>();
        if (p.active()) {
            out.add(new Contribution(Count.EMPLOYEES, ANY));
            if (p.assessedUntil() != null) {
                out.add(new Contribution(Count.ASSESSED_UNTIL, p.assessedUntil().toString()));
            }
            p.appraisedYears().forEach(y -> out.add(new Contribution(Count.APPRAISED, y.toString())));
            p.jpPerYear().forEach((y, jp) -> {
                if (jp.compareTo(settings.yearlyJp()) >= 0) {
                    out.add(new Contribution(Count.JP_MET, y.toString()));
                }
            });
        }
        for (Appointment a : p.appointments()) {
            String year = String.valueOf(a.on().getYear());
            out.add(new Contribution(Count.APPOINTED, year));
            if (a.throughSelection()) {
                out.add(new Contribution(Count.APPOINTED_BY_SELECTION, year));
            }
        }
        for (Promotion promotion : p.promotions()) {
            String year = String.valueOf(promotion.effectiveOn().getYear());
            out.add(new Contribution(Count.PROMOTED, year));
            if (promotion.duePeriod() != null
                    && !promotion.effectiveOn().isAfter(promotion.duePeriod().plus(settings.onTimeGrace()))) {
                out.add(new Contribution(Count.PROMOTED_ON_TIME, year));
            }
        }
        return out;
    }

    /** A position counts when an active employee holds it, and has a standard when competency-service measured it. */
    public static Set<Contribution> ofPosition(long holders, boolean standardSeen) {
        Set<Contribution> out = new TreeSet<>();
        if (holders > 0) {
            out.add(new Contribution(Count.POSITIONS, ANY));
            if (standardSeen) {
                out.add(new Contribution(Count.POSITIONS_WITH_STANDARD, ANY));
            }
        }
        return out;
    }

    /**
     * The six figures from tallies already narrowed to one year and one day: the year's counts, the {@link #ANY}
     * ones, and under {@link Count#ASSESSED_UNTIL} the employees whose assessment is current on that day.
     */
    public static List<Figure> figures(Map<Count, Long> tally) {
        List<Figure> figures = new ArrayList<>();
        figures.add(figure("POSITIONS_WITH_COMPETENCY_STANDARD", tally, Count.POSITIONS_WITH_STANDARD,
                Count.POSITIONS));
        figures.add(figure("ASN_WITH_CURRENT_ASSESSMENT", tally, Count.ASSESSED_UNTIL, Count.EMPLOYEES));
        figures.add(figure("JP_COMPLIANCE", tally, Count.JP_MET, Count.EMPLOYEES));
        figures.add(figure("APPRAISAL_COMPLETION", tally, Count.APPRAISED, Count.EMPLOYEES));
        figures.add(figure("VACANCIES_FILLED_BY_OPEN_SELECTION", tally, Count.APPOINTED_BY_SELECTION,
                Count.APPOINTED));
        figures.add(figure("PROMOTIONS_ON_TIME", tally, Count.PROMOTED_ON_TIME, Count.PROMOTED));
        return figures;
    }

    private static Figure figure(String name, Map<Count, Long> tally, Count numerator, Count denominator) {
        long n = tally.getOrDefault(numerator, 0L);
        long d = tally.getOrDefault(denominator, 0L);
        BigDecimal percent = d == 0 ? null
                : BigDecimal.valueOf(n * 100).divide(BigDecimal.valueOf(d), 2, RoundingMode.HALF_UP);
        return new Figure(name, n, d, percent);
    }
}
