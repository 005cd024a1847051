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
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The budget-optimal plan by OR-Tools CP-SAT (docs/adr/0019-plan-optimiser.md, docs/domain.md §2.9.2): one 0/1
 * variable per candidate pair, solved lexicographically in phases (mandatory placed, weighted gap closed, JP missing
 * to the minimum, cost), each phase keeping what the earlier ones reached. The first two phases see only the pairs
 * that are mandatory or close a need (a pair that only adds JP can never raise them); the last two see every
 * candidate. The whole solve shares one time limit; a phase that stops at it keeps the best plan found so far, and
 * every phase starts from the previous plan (the first from the greedy one), so the result is never behind the plan
 * it was given.
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

        boolean narrow() {
            return this == MANDATORY || this == GAP;
        }
    }

    private final PlanProblem problem;
    private final List<Pair> candidates;
    private final Set<Integer> mandatory = new HashSet<>();
    private final Set<Integer> closing = new LinkedHashSet<>();
    private final List<List<Integer>> needsOf;
    private final Map<Goal, Long> kept = new EnumMap<>(Goal.class);

    private CpSatPlanner(PlanProblem problem, Set<Pair> start) {
        this.problem = problem;
        Set<Pair> all = new LinkedHashSet<>(problem.candidates());
        all.addAll(start);
        this.candidates = new ArrayList<>(all);
        this.needsOf = problem.needsByEmployee();
        Set<Pair> required = PlanOutcome.mandatoryPairs(problem);
        for (int i = 0; i < candidates.size(); i++) {
            Pair pair = candidates.get(i);
            if (required.contains(pair)) {
                mandatory.add(i);
            }
            if (required.contains(pair) || closesANeed(i)) {
                closing.add(i);
            }
        }
    }

    /** The plan, starting from {@code start} (the greedy plan), within {@code settings}. */
    public static Result solve(PlanProblem problem, Set<Pair> start, Settings settings) {
        Loader.loadNativeLibraries();
        return new CpSatPlanner(problem, start).run(start, settings);
    }

    private boolean closesANeed(int pair) {
        return needsOf.get(candidates.get(pair).employee()).stream().anyMatch(n -> score(n, pair) > 0);
    }

    private long score(int need, int pair) {
        return PlanProblem.score(problem.needs().get(need), problem.programmes().get(candidates.get(pair).programme()));
    }

    private Result run(Set<Pair> start, Settings settings) {
        long begin = System.nanoTime();
        long limit = settings.timeLimit().toNanos();
        Set<Integer> current = indices(start);
        List<Goal> order = new ArrayList<>(List.of(Goal.values()));
        if (mandatory.isEmpty()) {
            order.remove(Goal.MANDATORY);
        }
        if (problem.employees().stream().allMatch(e -> e.shortOfMinimum() == 0)) {
            order.remove(Goal.MINIMUM);
        }
        List<Phase> phases = new ArrayList<>();
        boolean optimal = true;
        Model model = null;
        for (Goal goal : order) {
            if (model == null || model.narrow != goal.narrow()) {
                if (!goal.narrow()) {
                    // the narrow phases dropped the pairs that only add JP: the greedy top-up is the next start
                    current = indices(GreedyPlanner.topUp(problem, pairs(current)));
                }
                model = new Model(goal.narrow() ? closing : allIndices(), goal.narrow());
            }
            long phaseStart = System.nanoTime();
            double seconds = Math.min(goal.share * limit, begin + limit - phaseStart) / 1e9;
            if (seconds < 0.05) {
                optimal = false;
                long reached = value(goal, current);
                kept.put(goal, reached);
                phases.add(new Phase(goal.label, "SKIPPED", reached, reached, 0));
                continue;
            }
            Set<Integer> hint = goal.narrow() ? intersect(current, closing) : current;
            CpSolver solver = new CpSolver();
            solver.getParameters().setMaxTimeInSeconds(seconds).setNumWorkers(Math.max(1, settings.workers()));
            CpSolverStatus status = model.solve(goal, hint, solver);
            boolean found = status == CpSolverStatus.OPTIMAL || status == CpSolverStatus.FEASIBLE;
            if (found) {
                Set<Integer> solution = model.solution(solver);
                if (better(goal, value(goal, solution), value(goal, current)) >= 0) {
                    current = solution;
                }
            }
            optimal &= status == CpSolverStatus.OPTIMAL;
            long reached = value(goal, current);
            kept.put(goal, reached);
            phases.add(new Phase(goal.label, status.name(), reached,
                    found ? Math.round(solver.bestObjectiveBound()) : reached,
                    (System.nanoTime() - phaseStart) / 1_000_000));
        }
        return new Result(pairs(current), optimal ? Status.OPTIMAL : Status.TIME_LIMIT, phases,
                (System.nanoTime() - begin) / 1_000_000);
    }

    private static int better(Goal goal, long a, long b) {
        return goal.maximise ? Long.compare(a, b) : Long.compare(b, a);
    }

    /** The goal's value for a set of chosen pairs, each need counted once at its best chosen pair. */
    private long value(Goal goal, Set<Integer> chosen) {
        return switch (goal) {
            case MANDATORY -> chosen.stream().filter(mandatory::contains).count();
            case GAP -> best(chosen).values().stream().mapToLong(b -> b[1]).sum();
            case MINIMUM -> missing(chosen).values().stream().mapToLong(Long::longValue).sum();
            case COST -> chosen.stream().mapToLong(i -> problem.programmes().get(candidates.get(i).programme()).cost()).sum();
        };
    }

    /** For each need some chosen pair closes: {pair, score} of the pair closing it most. */
    private Map<Integer, long[]> best(Set<Integer> chosen) {
        Map<Integer, long[]> best = new HashMap<>();
        for (int i : chosen) {
            for (int n : needsOf.get(candidates.get(i).employee())) {
                long s = score(n, i);
                if (s > 0 && (!best.containsKey(n) || s > best.get(n)[1])) {
                    best.put(n, new long[]{i, s});
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
        for (int e = 0; e < problem.employees().size(); e++) {
            long shortOfMinimum = problem.employees().get(e).shortOfMinimum();
            if (shortOfMinimum > 0) {
                missing.put(e, Math.max(0, shortOfMinimum - planned.getOrDefault(e, 0L)));
            }
        }
        return missing;
    }

    private Set<Integer> indices(Set<Pair> pairs) {
        Set<Integer> result = new LinkedHashSet<>();
        for (int i = 0; i < candidates.size(); i++) {
            if (pairs.contains(candidates.get(i))) {
                result.add(i);
            }
        }
        return result;
    }

    private Set<Pair> pairs(Set<Integer> indices) {
        Set<Pair> result = new LinkedHashSet<>();
        indices.forEach(i -> result.add(candidates.get(i)));
        return result;
    }

    private Set<Integer> allIndices() {
        Set<Integer> all = new LinkedHashSet<>();
        for (int i = 0; i < candidates.size(); i++) {
            all.add(i);
        }
        return all;
    }

    private static Set<Integer> intersect(Set<Integer> a, Set<Integer> b) {
        Set<Integer> result = new LinkedHashSet<>(a);
        result.retainAll(b);
        return result;
    }

    /** y: the need is counted as closed by candidate pair {@code pair}, worth {@code score}. */
    private record Closer(Literal y, int pair, long score) {
    }

    /** The CP-SAT model over some of the candidate pairs, with every goal's expression. */
    private final class Model {
        final boolean narrow;
        final CpModel cp = new CpModel();
        final Map<Integer, BoolVar> x = new LinkedHashMap<>();
        final Map<Integer, List<Closer>> closers = new HashMap<>();
        final Map<Integer, IntVar> shortfall = new HashMap<>();
        final Map<Goal, LinearExpr> goals = new EnumMap<>(Goal.class);

        Model(Set<Integer> pairs, boolean narrow) {
            this.narrow = narrow;
            List<Programme> programmes = problem.programmes();
            Map<Integer, List<Integer>> ofEmployee = new HashMap<>();
            Map<Integer, List<Integer>> ofProgramme = new HashMap<>();
            LinearExprBuilder cost = LinearExpr.newBuilder();
            LinearExprBuilder placed = LinearExpr.newBuilder();
            for (int i : pairs) {
                Pair pair = candidates.get(i);
                BoolVar var = cp.newBoolVar("x" + i);
                x.put(i, var);
                ofEmployee.computeIfAbsent(pair.employee(), k -> new ArrayList<>()).add(i);
                ofProgramme.computeIfAbsent(pair.programme(), k -> new ArrayList<>()).add(i);
                cost.addTerm(var, programmes.get(pair.programme()).cost());
                if (mandatory.contains(i)) {
                    placed.addTerm(var, 1);
                }
            }
            goals.put(Goal.COST, cost.build());
            goals.put(Goal.MANDATORY, placed.build());
            cp.addLessOrEqual(goals.get(Goal.COST), problem.budget());
            ofProgramme.forEach((p, list) -> {
                Integer capacity = programmes.get(p).capacity();
                if (capacity != null && capacity < list.size()) {
                    LinearExprBuilder seats = LinearExpr.newBuilder();
                    list.forEach(i -> seats.addTerm(x.get(i), 1));
                    cp.addLessOrEqual(seats.build(), capacity);
                }
            });
            LinearExprBuilder score = LinearExpr.newBuilder();
            LinearExprBuilder missingTotal = LinearExpr.newBuilder();
            ofEmployee.forEach((e, list) -> {
                Employee employee = problem.employees().get(e);
                LinearExprBuilder jp = LinearExpr.newBuilder();
                list.forEach(i -> jp.addTerm(x.get(i), programmes.get(candidates.get(i).programme()).jp()));
                LinearExpr planned = jp.build();
                cp.addLessOrEqual(planned, employee.availableJp());
                long missing = employee.shortOfMinimum();
                if (!narrow && missing > 0) {
                    IntVar s = cp.newIntVar(0, missing, "s" + e);
                    cp.addGreaterOrEqual(LinearExpr.newBuilder().add(planned).add(s).build(), missing);
                    shortfall.put(e, s);
                    missingTotal.add(s);
                }
                for (int n : needsOf.get(e)) {
                    List<Closer> ofNeed = new ArrayList<>();
                    for (int i : list) {
                        long value = score(n, i);
                        if (value > 0) {
                            ofNeed.add(new Closer(x.get(i), i, value));
                        }
                    }
                    if (ofNeed.size() > 1) {
                        // a need counts once: y picks the one programme it is counted for
                        List<Closer> ys = new ArrayList<>();
                        for (Closer closer : ofNeed) {
                            BoolVar y = cp.newBoolVar("y" + n + "_" + closer.pair());
                            cp.addImplication(y, closer.y());
                            ys.add(new Closer(y, closer.pair(), closer.score()));
                        }
                        cp.addAtMostOne(ys.stream().map(Closer::y).toList());
                        ofNeed = ys;
                    }
                    ofNeed.forEach(c -> score.addTerm(c.y(), c.score()));
                    closers.put(n, ofNeed);
                }
            });
            for (int e = 0; e < problem.employees().size(); e++) {
                if (!ofEmployee.containsKey(e)) {
                    // no pair can help them: their shortfall is a constant, counted so the goal equals value()
                    missingTotal.add(problem.employees().get(e).shortOfMinimum());
                }
            }
            goals.put(Goal.GAP, score.build());
            goals.put(Goal.MINIMUM, missingTotal.build());
            kept.forEach(this::keep);
        }

        CpSolverStatus solve(Goal goal, Set<Integer> hint, CpSolver solver) {
            hint(hint);
            cp.clearObjective();
            if (goal.maximise) {
                cp.maximize(goals.get(goal));
            } else {
                cp.minimize(goals.get(goal));
            }
            CpSolverStatus status = solver.solve(cp);
            if (status == CpSolverStatus.OPTIMAL || status == CpSolverStatus.FEASIBLE) {
                // later phases keep it; set here so that a phase at the limit still binds the next one
                keep(goal, value(goal, solution(solver)));
            }
            return status;
        }

        /** Later phases keep what this one reached. */
        void keep(Goal goal, long reached) {
            if (goal.maximise) {
                cp.addGreaterOrEqual(goals.get(goal), reached);
            } else {
                cp.addLessOrEqual(goals.get(goal), reached);
            }
        }

        Set<Integer> solution(CpSolver solver) {
            Set<Integer> found = new LinkedHashSet<>();
            x.forEach((i, var) -> {
                if (solver.booleanValue(var)) {
                    found.add(i);
                }
            });
            return found;
        }

        /** The solver starts from the chosen pairs: the greedy plan, then each phase's result. */
        private void hint(Set<Integer> chosen) {
            cp.clearHints();
            x.forEach((i, var) -> cp.addHint(var, chosen.contains(i)));
            Map<Integer, long[]> best = best(chosen);
            closers.forEach((n, list) -> {
                if (list.size() > 1) {
                    long[] b = best.get(n);
                    list.forEach(c -> cp.addHint(c.y(), b != null && b[0] == c.pair()));
                }
            });
            Map<Integer, Long> missing = missing(chosen);
            shortfall.forEach((e, s) -> cp.addHint(s, missing.get(e)));
        }
    }
}
