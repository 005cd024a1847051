package id.asn.career.award;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Satyalancana Karya Satya X, XX and XXX (docs/domain.md §5.6): years of service counted from the service start
 * (TMT CPNS), with the days of excluded disciplinary periods added to the date a step is reached. The steps and
 * whether sanctioned periods are excluded are configuration (the conditions are UNVERIFIED).
 */
public final class SatyalancanaRule {

    /** A period left out of the service, both days inclusive. */
    public record Excluded(LocalDate startsOn, LocalDate endsOn) {
    }

    /** One step: its award type, the years it needs, the day it is reached, and whether it is reached on the date. */
    public record Step(String awardType, int years, LocalDate reachedOn, boolean eligible) {
    }

    private static final List<String> NAMES = List.of("X", "XX", "XXX");

    private final List<Integer> steps;

    public SatyalancanaRule(List<Integer> steps) {
        this.steps = List.copyOf(steps);
    }

    /** Award type of the step with {@code years}; the conventional names of docs/domain.md §5.6. */
    public String awardType(int index) {
        return "SATYALANCANA_KARYA_SATYA_" + NAMES.get(index);
    }

    public List<Step> evaluate(LocalDate serviceStart, List<Excluded> excluded, LocalDate on) {
        List<Excluded> merged = merge(excluded);
        List<Step> result = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            LocalDate reached = reachedOn(serviceStart, steps.get(i), merged);
            result.add(new Step(awardType(i), steps.get(i), reached, !on.isBefore(reached)));
        }
        return result;
    }

    /** Days of service on {@code on}, excluded periods left out. */
    public long serviceDays(LocalDate serviceStart, List<Excluded> excluded, LocalDate on) {
        return ChronoUnit.DAYS.between(serviceStart, on) - excludedDays(merge(excluded), serviceStart, on);
    }

    // each excluded day before the due date pushes it one day on, which may bring further periods before it
    private static LocalDate reachedOn(LocalDate start, int years, List<Excluded> merged) {
        LocalDate plain = start.plusYears(years);
        LocalDate due = plain;
        while (true) {
            LocalDate next = plain.plusDays(excludedDays(merged, start, due));
            if (next.equals(due)) {
                return due;
            }
            due = next;
        }
    }

    // days of the periods within [from, to)
    private static long excludedDays(List<Excluded> merged, LocalDate from, LocalDate to) {
        long days = 0;
        for (Excluded e : merged) {
            LocalDate start = e.startsOn().isBefore(from) ? from : e.startsOn();
            LocalDate endExclusive = e.endsOn().plusDays(1).isAfter(to) ? to : e.endsOn().plusDays(1);
            if (endExclusive.isAfter(start)) {
                days += ChronoUnit.DAYS.between(start, endExclusive);
            }
        }
        return days;
    }

    private static List<Excluded> merge(List<Excluded> periods) {
        List<Excluded> sorted = periods.stream().sorted(Comparator.comparing(Excluded::startsOn)).toList();
        List<Excluded> merged = new ArrayList<>();
        for (Excluded p : sorted) {
            if (!merged.isEmpty() && !p.startsOn().isAfter(merged.get(merged.size() - 1).endsOn().plusDays(1))) {
                Excluded last = merged.remove(merged.size() - 1);
                merged.add(new Excluded(last.startsOn(), p.endsOn().isAfter(last.endsOn()) ? p.endsOn() : last.endsOn()));
            } else {
                merged.add(p);
            }
        }
        return merged;
    }
}
