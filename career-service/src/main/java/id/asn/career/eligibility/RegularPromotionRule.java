package id.asn.career.eligibility;

import id.asn.career.record.EducationLevel;
import id.asn.career.record.Rank;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Regular promotion (KP reguler), docs/domain.md §5.2: a PNS pelaksana, at least {@code minYearsInRank} in the
 * current rank, an accepted annual predikat in each of the last {@code performanceYears} years, no disciplinary
 * sentence running, the next rank within the ceiling of the highest diploma, the TMT on the first day of a
 * promotion period. Every unmet condition comes with its reason and, where it is computable, the first period on
 * which it will be met.
 */
public final class RegularPromotionRule {

    /** The conditions, in the order they are reported. */
    public enum Condition { PNS, PELAKSANA, RANK_KNOWN, TIME_IN_RANK, PERFORMANCE, NO_ACTIVE_SANCTION,
        EDUCATION_CEILING, EFFECTIVE_DATE }

    /** The configurable parts (docs/domain.md §5.2.1, §5.2.3). */
    public record Settings(int minYearsInRank, int performanceYears, Set<String> acceptedPredikat,
                           LocalDate monthlyPeriodsFrom, Set<Integer> earlierPeriodMonths) {
    }

    /** A disciplinary sentence from {@code startsOn} to {@code endsOn}, both inclusive. */
    public record Sentence(LocalDate startsOn, LocalDate endsOn) {
    }

    /** What the rule reads about one employee; {@code predikatByYear} holds the annual results. */
    public record Candidate(String employeeType, String positionClass, String rank, LocalDate rankTmt,
                           EducationLevel education, List<Sentence> sentences, Map<Integer, String> predikatByYear) {
    }

    /** A condition not met on the date, why, and the first period it will be met on (null: not computable). */
    public record Unmet(Condition condition, String reason, LocalDate metOn) {
    }

    /** The answer for one date: the next rank and every unmet condition; eligible when there is none. */
    public record Outcome(LocalDate on, String nextRank, List<Unmet> unmet) {
        public boolean eligible() {
            return unmet.isEmpty();
        }

        /** The first period on which every condition is met, when each unmet one has a date. */
        public Optional<LocalDate> eligibleFrom() {
            if (unmet.isEmpty()) {
                return Optional.of(on);
            }
            if (unmet.stream().anyMatch(u -> u.metOn() == null)) {
                return Optional.empty();
            }
            return unmet.stream().map(Unmet::metOn).max(Comparator.naturalOrder());
        }
    }

    private final Settings settings;

    public RegularPromotionRule(Settings settings) {
        this.settings = settings;
    }

    public Outcome evaluate(Candidate c, LocalDate on) {
        List<Unmet> unmet = new ArrayList<>();
        if (!"PNS".equals(c.employeeType())) {
            unmet.add(new Unmet(Condition.PNS, "KP reguler is for PNS; a " + c.employeeType() + " has no PNS rank "
                    + "to be promoted in", null));
        }
        if (!"PELAKSANA".equals(c.positionClass())) {
            unmet.add(new Unmet(Condition.PELAKSANA, "KP reguler is for pelaksana; a " + c.positionClass()
                    + " is promoted by KP pilihan or angka kredit", null));
        }
        Optional<Rank> rank = Optional.ofNullable(c.rank()).flatMap(Rank::of);
        Optional<Rank> next = rank.flatMap(Rank::next);
        if ("PNS".equals(c.employeeType())) {
            if (rank.isEmpty() || c.rankTmt() == null) {
                unmet.add(new Unmet(Condition.RANK_KNOWN, rank.isEmpty() ? "no PNS rank is recorded"
                        : "the TMT of rank " + c.rank() + " is not recorded: enter the decree", null));
            } else {
                LocalDate due = c.rankTmt().plusYears(settings.minYearsInRank());
                if (on.isBefore(due)) {
                    unmet.add(new Unmet(Condition.TIME_IN_RANK, "in rank " + c.rank() + " since " + c.rankTmt()
                            + ": " + settings.minYearsInRank() + " years are reached on " + due, nextPeriod(due)));
                }
            }
        }
        performance(c, on).ifPresent(unmet::add);
        c.sentences().stream().filter(s -> !on.isBefore(s.startsOn()) && !on.isAfter(s.endsOn()))
                .max(Comparator.comparing(Sentence::endsOn))
                .ifPresent(s -> unmet.add(new Unmet(Condition.NO_ACTIVE_SANCTION, "a disciplinary sentence runs from "
                        + s.startsOn() + " to " + s.endsOn(), nextPeriod(s.endsOn().plusDays(1)))));
        if (rank.isPresent()) {
            if (next.isEmpty()) {
                unmet.add(new Unmet(Condition.EDUCATION_CEILING, "IV/e is the highest rank", null));
            } else if (c.education() == null) {
                unmet.add(new Unmet(Condition.EDUCATION_CEILING, "no diploma is recorded, so the ceiling is unknown",
                        null));
            } else if (next.get().compareTo(c.education().ceiling()) > 0) {
                unmet.add(new Unmet(Condition.EDUCATION_CEILING, "with " + c.education() + " regular promotion "
                        + "ends at " + c.education().ceiling().golongan() + "; " + next.get().golongan()
                        + " needs a higher diploma", null));
            }
        }
        if (!isPeriod(on)) {
            unmet.add(new Unmet(Condition.EFFECTIVE_DATE, on + " is not the first day of a promotion period",
                    nextPeriod(on)));
        }
        return new Outcome(on, next.map(Rank::golongan).orElse(null), List.copyOf(unmet));
    }

    private Optional<Unmet> performance(Candidate c, LocalDate on) {
        // the last completed appraisal years before the TMT
        int newest = on.getYear() - 1;
        int oldest = newest - settings.performanceYears() + 1;
        List<String> problems = new ArrayList<>();
        boolean missing = false;
        int lastBad = Integer.MIN_VALUE;
        for (int year = oldest; year <= newest; year++) {
            String predikat = c.predikatByYear().get(year);
            if (predikat == null) {
                problems.add("no annual appraisal for " + year);
                missing = true;
            } else if (!settings.acceptedPredikat().contains(predikat)) {
                problems.add(year + " was " + predikat);
                lastBad = year;
            }
        }
        if (problems.isEmpty()) {
            return Optional.empty();
        }
        // a weak year stops counting once it is older than the window; later years must then be accepted too
        LocalDate earliest = missing ? null
                : nextPeriod(LocalDate.of(lastBad + settings.performanceYears() + 1, 1, 1));
        return Optional.of(new Unmet(Condition.PERFORMANCE, "each of " + oldest + "–" + newest + " needs an annual "
                + "predikat of " + String.join(" or ", settings.acceptedPredikat().stream().sorted().toList())
                + ": " + String.join("; ", problems), earliest));
    }

    /** Whether promotions may take effect on {@code date} (docs/domain.md §5.2.3). */
    boolean isPeriod(LocalDate date) {
        if (date.getDayOfMonth() != 1) {
            return false;
        }
        return !date.isBefore(settings.monthlyPeriodsFrom())
                || settings.earlierPeriodMonths().contains(date.getMonthValue());
    }

    /** The first promotion period on or after {@code date}. */
    public LocalDate nextPeriod(LocalDate date) {
        LocalDate candidate = date.getDayOfMonth() == 1 ? date : date.withDayOfMonth(1).plusMonths(1);
        while (!isPeriod(candidate)) {
            candidate = candidate.plusMonths(1);
        }
        return candidate;
    }
}
