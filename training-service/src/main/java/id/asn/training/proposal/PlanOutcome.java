package id.asn.training.proposal;

import id.asn.training.proposal.PlanProblem.Employee;
import id.asn.training.proposal.PlanProblem.Mandatory;
import id.asn.training.proposal.PlanProblem.Need;
import id.asn.training.proposal.PlanProblem.Pair;
import id.asn.training.proposal.PlanProblem.Programme;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a set of chosen pairs achieves, computed the same way for the solver's plan and the greedy baseline
 * (docs/domain.md §2.9.3): each need counts once, closed by the employee's programme that closes it most; the
 * employees left short of the minimum, and why.
 *
 * @param score     weighted gap closed, in {@link PlanProblem#SCORE_SCALE} units
 * @param cost      rupiah committed
 * @param shortfall JP (hundredths) still missing to the minimum, summed over employees
 */
public record PlanOutcome(List<Choice> choices, long score, BigDecimal gapClosed, long cost, int mandatoryPlaced,
                          List<Mandatory> mandatoryMissed, long shortfall, List<Short> underMinimum) {

    /** Why an employee stays under the yearly minimum. */
    public enum Reason {
        /** Their available time plus the JP already earned is less than the minimum. */
        NO_TIME,
        /** No programme on offer fits the time they have left. */
        NO_PROGRAMME,
        /** Every programme that fits them is full. */
        CAPACITY,
        /** What is left of the budget pays for none of the programmes that fit them. */
        BUDGET,
        /** A programme would fit but the plan gave its money to larger weighted gaps or did not reach them. */
        NOT_CHOSEN
    }

    /** One employee attending one programme, with the needs it closes (the reason it is in the plan). */
    public record Choice(Pair pair, boolean mandatory, List<Closed> closes) {
        /** Neither mandatory nor closing a need: it is there to reach the JP minimum. */
        public boolean forMinimum() {
            return !mandatory && closes.isEmpty();
        }
    }

    /** A need closed by a choice: how many levels and its weighted score. */
    public record Closed(int need, BigDecimal gapClosed, long score) {
    }

    /** An employee still short of the minimum after the plan. */
    public record Short(int employee, long plannedJp, long shortfall, Reason reason) {
    }

    /** The outcome of choosing {@code chosen} (each pair at most once). */
    public static PlanOutcome of(PlanProblem problem, Collection<Pair> chosen) {
        List<Employee> employees = problem.employees();
        List<Programme> programmes = problem.programmes();
        List<Need> needs = problem.needs();
        Map<Integer, List<Integer>> byEmployee = new HashMap<>();
        long cost = 0;
        int[] seats = new int[programmes.size()];
        for (Pair pair : chosen) {
            byEmployee.computeIfAbsent(pair.employee(), k -> new ArrayList<>()).add(pair.programme());
            cost += programmes.get(pair.programme()).cost();
            seats[pair.programme()]++;
        }
        Set<Pair> mandatoryPairs = mandatoryPairs(problem);
        Map<Pair, List<Closed>> closes = new HashMap<>();
        List<List<Integer>> needsOf = problem.needsByEmployee();
        long score = 0;
        BigDecimal gapClosed = BigDecimal.ZERO;
        for (Map.Entry<Integer, List<Integer>> entry : byEmployee.entrySet()) {
            for (int n : needsOf.get(entry.getKey())) {
                Need need = needs.get(n);
                int best = entry.getValue().stream()
                        .max(Comparator.comparingLong((Integer p) -> PlanProblem.score(need, programmes.get(p)))
                                .thenComparing(Comparator.reverseOrder()))
                        .orElseThrow();
                long s = PlanProblem.score(need, programmes.get(best));
                if (s > 0) {
                    BigDecimal levels = PlanProblem.closure(need, programmes.get(best));
                    closes.computeIfAbsent(new Pair(entry.getKey(), best), k -> new ArrayList<>())
                            .add(new Closed(n, levels, s));
                    score += s;
                    gapClosed = gapClosed.add(levels);
                }
            }
        }
        List<Choice> choices = chosen.stream()
                .sorted(Comparator.comparingInt(Pair::employee).thenComparingInt(Pair::programme))
                .map(pair -> new Choice(pair, mandatoryPairs.contains(pair), closes.getOrDefault(pair, List.of())))
                .toList();
        List<Mandatory> missed = problem.mandatory().stream().filter(m -> !chosen.contains(pair(problem, m))).toList();
        long shortfall = 0;
        List<Short> under = new ArrayList<>();
        for (int e = 0; e < employees.size(); e++) {
            Employee employee = employees.get(e);
            List<Integer> taken = byEmployee.getOrDefault(e, List.of());
            long planned = taken.stream().mapToLong(p -> programmes.get(p).jp()).sum();
            long missing = employee.minimumJp() - employee.earnedJp() - planned;
            if (missing > 0) {
                shortfall += missing;
                under.add(new Short(e, planned, missing,
                        reason(problem, employee, taken, planned, seats, problem.budget() - cost)));
            }
        }
        return new PlanOutcome(choices, score, gapClosed, cost, problem.mandatory().size() - missed.size(), missed,
                shortfall, under);
    }

    /**
     * Whether this plan is better than {@code other} in the order the plan is chosen by: mandatory assignments placed,
     * then weighted gap closed, then JP missing to the minimum, then cost.
     */
    public int compareTo(PlanOutcome other) {
        return Comparator.comparingInt(PlanOutcome::mandatoryPlaced)
                .thenComparingLong(PlanOutcome::score)
                .thenComparing(PlanOutcome::shortfall, Comparator.reverseOrder())
                .thenComparing(PlanOutcome::cost, Comparator.reverseOrder())
                .compare(this, other);
    }

    static Set<Pair> mandatoryPairs(PlanProblem problem) {
        Set<Pair> pairs = new HashSet<>();
        problem.mandatory().forEach(m -> pairs.add(pair(problem, m)));
        return pairs;
    }

    private static Pair pair(PlanProblem problem, Mandatory m) {
        return new Pair(problem.employeeIndex().get(m.nip()), problem.programmeIndex().get(m.programmeId()));
    }

    private static Reason reason(PlanProblem problem, Employee employee, List<Integer> taken, long planned,
                                 int[] seats, long budgetLeft) {
        if (employee.earnedJp() + employee.availableJp() < employee.minimumJp()) {
            return Reason.NO_TIME;
        }
        long timeLeft = employee.availableJp() - planned;
        List<Programme> programmes = problem.programmes();
        List<Integer> fitting = new ArrayList<>();
        for (int p = 0; p < programmes.size(); p++) {
            if (programmes.get(p).jp() > 0 && programmes.get(p).jp() <= timeLeft && !taken.contains(p)) {
                fitting.add(p);
            }
        }
        if (fitting.isEmpty()) {
            return Reason.NO_PROGRAMME;
        }
        List<Integer> open = fitting.stream().filter(p -> programmes.get(p).capacity() == null
                || seats[p] < programmes.get(p).capacity()).toList();
        if (open.isEmpty()) {
            return Reason.CAPACITY;
        }
        long cheapest = open.stream().mapToLong(p -> programmes.get(p).cost()).min().orElseThrow();
        return cheapest > budgetLeft ? Reason.BUDGET : Reason.NOT_CHOSEN;
    }
}
