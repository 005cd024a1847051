package id.asn.training.proposal;

import com.google.ortools.Loader;
import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.IntVar;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.LinearExprBuilder;
import com.google.ortools.sat.Literal;
import id.asn.training.proposal.PlanProblem.Employee;
import id.asn.training.proposal.PlanProblem.Pair;
import id.asn.training.proposal.PlanProblem.Programme;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The budget-optimal plan by OR-Tools CP-SAT (docs/adr/0019-plan-optimiser.md, docs/domain.md §2.9.2): one 0/1
 * variable per candidate pair, solved lexicographically in phases (mandatory placed, weighted gap closed, JP missing
 * to the minimum, cost), each phase keeping what the earlier ones reached. The whole solve shares one time limit;
 * a phase that stops at it keeps its best plan so far, and every phase starts from the previous plan (the first
 * from the greedy one), so the result is never behind the plan it was given.
 */
public final class CpSatPlanner {

    /** How long the solve may take in all and how many search workers it uses. */
    public record Settings(Duration timeLimit, int workers) {
    }

    /** OPTIMAL: every phase proved its optimum; TIME_LIMIT: the best plan found when the time ran out. */
    public enum Status { OPTIMAL, TIME_LIMIT }

    /** What one phase did: its objective value and the solver's bound on it. */
    public record Phase(String name, String solverStatus, long objective, long bound, long millis) {
    }

    /** The chosen pairs, whether they are proven optimal, and each phase. */
    public record Result(Set<Pair> pairs, Status status, List<Phase> phases, long millis) {
    }

    /** The order the plan is chosen in (docs/domain.md §2.9.2), with each phase's share of the time limit. */
    private enum Goal {
        MANDATORY("mandatory placed", true, 0.15),
        GAP("weighted gap closed", true, 0.5),
        MINIMUM("JP missing to the minimum", false, 0.25),
        COST("cost", false, 0.10);

        final String label;
        final boolean maximise;
        final double share;

        Goal(String label, boolean maximise, double share) {
            this.label = label;
            this.maximise = maximise;
            this.share = share;
        }
    }

    /** y: the need is counted as closed by candidate pair {@code pair}, worth {@code score}. */
    private record Closer(BoolVar y, int pair, long score) {
    }

    private final PlanProblem problem;
    private final List<Pair> candidates;
    private final Set<Integer> mandatory = new HashSet<>();
    private final CpModel model = new CpModel();
    private final BoolVar[] x;
    private final List<List<Closer>> closers = new ArrayList<>();
    private final Map<Integer, IntVar> shortfall = new HashMap<>();
    private final Map<Goal, LinearExpr> goals = new EnumMap<>(Goal.class);

    private CpSatPlanner(PlanProblem problem, Set<Pair> start) {
        this.problem = problem;
        Set<Pair> all = new LinkedHashSet<>(problem.candidates());
        all.addAll(start);
        this.candidates = new ArrayList<>(all);
        this.x = new BoolVar[candidates.size()];
        Set<Pair> required = PlanOutcome.mandatoryPairs(problem);
        for (int i = 0; i < candidates.size(); i++) {
            if (required.contains(candidates.get(i))) {
                mandatory.add(i);
            }
        }
        build();
    }

    /** The plan, starting from {@code start} (the greedy plan), within {@code settings}. */
    public static Result solve(PlanProblem problem, Set<Pair> start, Settings settings) {
        Loader.loadNativeLibraries();
        return new CpSatPlanner(problem, start).run(start, settings);
    }

    private void build() {
        List<Programme> programmes = problem.programmes();
        Map<Integer, List<Integer>> ofEmployee = new HashMap<>();
        Map<Integer, List<Integer>> ofProgramme = new HashMap<>();
        LinearExprBuilder cost = LinearExpr.newBuilder();
        LinearExprBuilder placed = LinearExpr.newBuilder();
        for (int i = 0; i < candidates.size(); i++) {
            Pair pair = candidates.get(i);
            x[i] = model.newBoolVar("x" + i);
            ofEmployee.computeIfAbsent(pair.employee(), k -> new ArrayList<>()).add(i);
            ofProgramme.computeIfAbsent(pair.programme(), k -> new ArrayList<>()).add(i);
            cost.addTerm(x[i], programmes.get(pair.programme()).cost());
            if (mandatory.contains(i)) {
                placed.addTerm(x[i], 1);
            }
        }
        goals.put(Goal.COST, cost.build());
        goals.put(Goal.MANDATORY, placed.build());
        model.addLessOrEqual(goals.get(Goal.COST), problem.budget());
        ofProgramme.forEach((p, pairs) -> {
            Integer capacity = programmes.get(p).capacity();
            if (capacity != null && capacity < pairs.size()) {
                LinearExprBuilder seats = LinearExpr.newBuilder();
                pairs.forEach(i -> seats.addTerm(x[i], 1));
                model.addLessOrEqual(seats.build(), capacity);
            }
        });
        List<List<Integer>> needsOf = problem.needsByEmployee();
        problem.needs().forEach(n -> closers.add(new ArrayList<>()));
        LinearExprBuilder score = LinearExpr.newBuilder();
        LinearExprBuilder missingTotal = LinearExpr.newBuilder();
        ofEmployee.forEach((e, pairs) -> {
            Employee employee = problem.employees().get(e);
            LinearExprBuilder jp = LinearExpr.newBuilder();
            pairs.forEach(i -> jp.addTerm(x[i], programmes.get(candidates.get(i).programme()).jp()));
            LinearExpr planned = jp.build();
            model.addLessOrEqual(planned, employee.availableJp());
            long missing = employee.shortOfMinimum();
            if (missing > 0) {
                IntVar s = model.newIntVar(0, missing, "s" + e);
                model.addGreaterOrEqual(LinearExpr.newBuilder().add(planned).add(s).build(), missing);
                shortfall.put(e, s);
                missingTotal.add(s);
            }
            for (int n : needsOf.get(e)) {
                List<Literal> ys = new ArrayList<>();
                for (int i : pairs) {
                    long value = PlanProblem.score(problem.needs().get(n), programmes.get(candidates.get(i).programme()));
                    if (value > 0) {
                        BoolVar y = model.newBoolVar("y" + n + "_" + i);
                        model.addImplication(y, x[i]);
                        ys.add(y);
                        closers.get(n).add(new Closer(y, i, value));
                        score.addTerm(y, value);
                    }
                }
                if (ys.size() > 1) {
                    model.addAtMostOne(ys);
                }
            }
        });
        goals.put(Goal.GAP, score.build());
        goals.put(Goal.MINIMUM, missingTotal.build());
    }

    private Result run(Set<Pair> start, Settings settings) {
        long begin = System.nanoTime();
        long limit = settings.timeLimit().toNanos();
        Set<Integer> current = new LinkedHashSet<>();
        for (int i = 0; i < candidates.size(); i++) {
            if (start.contains(candidates.get(i))) {
                current.add(i);
            }
        }
        List<Goal> order = new ArrayList<>(List.of(Goal.values()));
        if (mandatory.isEmpty()) {
            order.remove(Goal.MANDATORY);
        }
        if (shortfall.isEmpty()) {
            order.remove(Goal.MINIMUM);
        }
        List<Phase> phases = new ArrayList<>();
        boolean optimal = true;
        for (Goal goal : order) {
            long phaseStart = System.nanoTime();
            double seconds = Math.min(goal.share * limit, begin + limit - phaseStart) / 1e9;
            if (seconds < 0.05) {
                optimal = false;
                long kept = value(goal, current);
                keep(goal, kept);
                phases.add(new Phase(goal.label, "SKIPPED", kept, kept, 0));
                continue;
            }
            hint(current);
            model.clearObjective();
            if (goal.maximise) {
                model.maximize(goals.get(goal));
            } else {
                model.minimize(goals.get(goal));
            }
            CpSolver solver = new CpSolver();
            solver.getParameters().setMaxTimeInSeconds(seconds).setNumWorkers(Math.max(1, settings.workers()));
            CpSolverStatus status = solver.solve(model);
            if (status == CpSolverStatus.OPTIMAL || status == CpSolverStatus.FEASIBLE) {
                Set<Integer> found = new LinkedHashSet<>();
                for (int i = 0; i < x.length; i++) {
                    if (solver.booleanValue(x[i])) {
                        found.add(i);
                    }
                }
                if (better(goal, value(goal, found), value(goal, current)) >= 0) {
                    current = found;
                }
            }
            optimal &= status == CpSolverStatus.OPTIMAL;
            long reached = value(goal, current);
            keep(goal, reached);
            long bound = status == CpSolverStatus.OPTIMAL || status == CpSolverStatus.FEASIBLE
                    ? Math.round(solver.bestObjectiveBound()) : reached;
            phases.add(new Phase(goal.label, status.name(), reached, bound, (System.nanoTime() - phaseStart) / 1_000_000));
        }
        Set<Pair> pairs = new LinkedHashSet<>();
        current.forEach(i -> pairs.add(candidates.get(i)));
        return new Result(pairs, optimal ? Status.OPTIMAL : Status.TIME_LIMIT, phases,
                (System.nanoTime() - begin) / 1_000_000);
    }

    private static int better(Goal goal, long a, long b) {
        return goal.maximise ? Long.compare(a, b) : Long.compare(b, a);
    }

    /** Later phases keep what this one reached. */
    private void keep(Goal goal, long reached) {
        if (goal.maximise) {
            model.addGreaterOrEqual(goals.get(goal), reached);
        } else {
            model.addLessOrEqual(goals.get(goal), reached);
        }
    }

    /** The goal's value for a set of chosen pairs, each need closed by its best chosen pair. */
    private long value(Goal goal, Set<Integer> chosen) {
        return switch (goal) {
            case MANDATORY -> chosen.stream().filter(mandatory::contains).count();
            case GAP -> best(chosen).values().stream().mapToLong(Closer::score).sum();
            case MINIMUM -> missing(chosen).values().stream().mapToLong(Long::longValue).sum();
            case COST -> chosen.stream().mapToLong(i -> problem.programmes().get(candidates.get(i).programme()).cost()).sum();
        };
    }

    /** The best chosen closer of each need that has one. */
    private Map<Integer, Closer> best(Set<Integer> chosen) {
        Map<Integer, Closer> best = new HashMap<>();
        for (int n = 0; n < closers.size(); n++) {
            for (Closer closer : closers.get(n)) {
                if (chosen.contains(closer.pair()) && (!best.containsKey(n) || closer.score() > best.get(n).score())) {
                    best.put(n, closer);
                }
            }
        }
        return best;
    }

    /** JP (hundredths) each employee short of the minimum still misses under the chosen pairs. */
    private Map<Integer, Long> missing(Set<Integer> chosen) {
        Map<Integer, Long> planned = new HashMap<>();
        for (int i : chosen) {
            Pair pair = candidates.get(i);
            planned.merge(pair.employee(), problem.programmes().get(pair.programme()).jp(), Long::sum);
        }
        Map<Integer, Long> missing = new HashMap<>();
        shortfall.keySet().forEach(e -> missing.put(e,
                Math.max(0, problem.employees().get(e).shortOfMinimum() - planned.getOrDefault(e, 0L))));
        return missing;
    }

    /** The solver starts from the chosen pairs: the greedy plan, then each phase's result. */
    private void hint(Set<Integer> chosen) {
        model.clearHints();
        for (int i = 0; i < x.length; i++) {
            model.addHint(x[i], chosen.contains(i));
        }
        Set<Closer> best = new HashSet<>(best(chosen).values());
        closers.forEach(list -> list.forEach(c -> model.addHint(c.y(), best.contains(c))));
        missing(chosen).forEach((e, m) -> model.addHint(shortfall.get(e), m));
    }
}
