package id.asn.training.proposal;

import id.asn.training.proposal.PlanProblem.Employee;
import id.asn.training.proposal.PlanProblem.Mandatory;
import id.asn.training.proposal.PlanProblem.Pair;
import id.asn.training.proposal.PlanProblem.Programme;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * The baseline the optimiser is shown beside (docs/domain.md §2.9.4): mandatory assignments in the order given, then
 * repeatedly the pair with the most weighted gap closed per rupiah that still fits, then for each employee short of
 * the minimum (largest shortfall first) the cheapest programme per JP that fits, until the minimum is met or
 * nothing fits. Each step only looks at the pair in front of it, which is what the solver improves on.
 */
public final class GreedyPlanner {

    private final PlanProblem problem;
    private final List<Programme> programmes;
    private final long[] timeLeft;
    private final int[] seats;
    private final Set<Pair> chosen = new LinkedHashSet<>();
    private final boolean[] closed;
    private long budgetLeft;

    private GreedyPlanner(PlanProblem problem) {
        this.problem = problem;
        this.programmes = problem.programmes();
        this.timeLeft = problem.employees().stream().mapToLong(Employee::availableJp).toArray();
        this.seats = new int[programmes.size()];
        this.closed = new boolean[problem.needs().size()];
        this.budgetLeft = problem.budget();
    }

    /** The greedy plan's pairs. */
    public static Set<Pair> plan(PlanProblem problem) {
        GreedyPlanner greedy = new GreedyPlanner(problem);
        greedy.mandatory();
        List<Pair> candidates = problem.candidates();
        greedy.gaps(candidates);
        greedy.minimum(candidates);
        return greedy.chosen;
    }

    /** {@code start} (a feasible plan) with the greedy JP top-up added: the solver's starting point for that phase. */
    public static Set<Pair> topUp(PlanProblem problem, Set<Pair> start) {
        GreedyPlanner greedy = new GreedyPlanner(problem);
        start.forEach(greedy::take);
        greedy.minimum(problem.candidates());
        return greedy.chosen;
    }

    private void mandatory() {
        Map<String, Integer> employees = problem.employeeIndex();
        Map<String, Integer> index = problem.programmeIndex();
        for (Mandatory m : problem.mandatory()) {
            Pair pair = new Pair(employees.get(m.nip()), index.get(m.programmeId()));
            if (fits(pair)) {
                take(pair);
            }
        }
    }

    private void gaps(List<Pair> candidates) {
        List<List<Integer>> needsOf = problem.needsByEmployee();
        record Option(Pair pair, long gain, double perRupiah) {
        }
        Comparator<Option> best = Comparator.comparingDouble(Option::perRupiah).reversed()
                .thenComparing(o -> o.pair().employee()).thenComparing(o -> o.pair().programme());
        PriorityQueue<Option> queue = new PriorityQueue<>(best);
        for (Pair pair : candidates) {
            long gain = gain(pair, needsOf);
            if (gain > 0) {
                queue.add(new Option(pair, gain, perRupiah(pair, gain)));
            }
        }
        while (!queue.isEmpty()) {
            Option option = queue.poll();
            if (chosen.contains(option.pair())) {
                continue;
            }
            long gain = gain(option.pair(), needsOf);
            if (gain <= 0) {
                continue;
            }
            if (gain < option.gain()) {
                // another choice closed part of it since it was queued: queue it again at its present worth
                queue.add(new Option(option.pair(), gain, perRupiah(option.pair(), gain)));
                continue;
            }
            if (fits(option.pair())) {
                take(option.pair());
                for (int n : needsOf.get(option.pair().employee())) {
                    if (PlanProblem.score(problem.needs().get(n), programmes.get(option.pair().programme())) > 0) {
                        closed[n] = true;
                    }
                }
            }
        }
    }

    /** What the pair adds: the needs it closes that nothing chosen closes yet (a need counts once). */
    private long gain(Pair pair, List<List<Integer>> needsOf) {
        long gain = 0;
        for (int n : needsOf.get(pair.employee())) {
            if (!closed[n]) {
                gain += PlanProblem.score(problem.needs().get(n), programmes.get(pair.programme()));
            }
        }
        return gain;
    }

    private double perRupiah(Pair pair, long gain) {
        return (double) gain / Math.max(1, programmes.get(pair.programme()).cost());
    }

    private void minimum(List<Pair> candidates) {
        Map<Integer, List<Integer>> options = new HashMap<>();
        for (Pair pair : candidates) {
            options.computeIfAbsent(pair.employee(), k -> new ArrayList<>()).add(pair.programme());
        }
        List<Integer> shortOfMinimum = new ArrayList<>();
        for (int e = 0; e < problem.employees().size(); e++) {
            if (missing(e) > 0) {
                shortOfMinimum.add(e);
            }
        }
        shortOfMinimum.sort(Comparator.comparingLong((Integer e) -> missing(e)).reversed().thenComparing(e -> e));
        Comparator<Integer> cheapestPerJp = Comparator.comparingDouble(
                (Integer p) -> (double) programmes.get(p).cost() / programmes.get(p).jp()).thenComparing(p -> p);
        for (int e : shortOfMinimum) {
            List<Integer> mine = options.getOrDefault(e, List.of()).stream()
                    .filter(p -> programmes.get(p).jp() > 0).sorted(cheapestPerJp).toList();
            for (int p : mine) {
                if (missing(e) <= 0) {
                    break;
                }
                Pair pair = new Pair(e, p);
                if (!chosen.contains(pair) && fits(pair)) {
                    take(pair);
                }
            }
        }
    }

    private long missing(int e) {
        Employee employee = problem.employees().get(e);
        long planned = employee.availableJp() - timeLeft[e];
        return employee.minimumJp() - employee.earnedJp() - planned;
    }

    private boolean fits(Pair pair) {
        Programme programme = programmes.get(pair.programme());
        return !chosen.contains(pair) && programme.cost() <= budgetLeft && programme.jp() <= timeLeft[pair.employee()]
                && (programme.capacity() == null || seats[pair.programme()] < programme.capacity());
    }

    private void take(Pair pair) {
        Programme programme = programmes.get(pair.programme());
        chosen.add(pair);
        budgetLeft -= programme.cost();
        timeLeft[pair.employee()] -= programme.jp();
        seats[pair.programme()]++;
    }
}
