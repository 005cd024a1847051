package id.asn.training.proposal;

import static org.assertj.core.api.Assertions.assertThat;

import id.asn.training.proposal.PlanProblem.Employee;
import id.asn.training.proposal.PlanProblem.Mandatory;
import id.asn.training.proposal.PlanProblem.Need;
import id.asn.training.proposal.PlanProblem.Pair;
import id.asn.training.proposal.PlanProblem.Programme;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The budget-optimal plan (docs/domain.md §2.9) on hand-made cases whose optimum is known, and against the greedy
 * baseline on a generated agency-size case: every constraint holds, and the solver is never behind greedy.
 */
class PlanOptimiserTest {

    private static final CpSatPlanner.Settings SETTINGS = new CpSatPlanner.Settings(Duration.ofSeconds(10), 2);
    private static final long JP = 100;

    @Test
    void theBudgetGoesToTheMostWeightedGapNotToTheBestRatioFirst() {
        // a knapsack greedy gets wrong: 7 for 6 takes the budget of 10 that two 5-for-5 would fill
        PlanProblem problem = new PlanProblem(10_000_000,
                List.of(employee("e1", 40), employee("e2", 40), employee("e3", 40)),
                List.of(programme("A", 6_000_000, 10, null, "C1"), programme("B", 5_000_000, 10, null, "C2")),
                List.of(need("e1", "C1", "1", null, "7"), need("e2", "C2", "1", null, "5"), need("e3", "C2", "1", null, "5")),
                List.of(), 0);

        PlanOutcome greedy = PlanOutcome.of(problem, GreedyPlanner.plan(problem));
        PlanOutcome optimal = solve(problem);

        assertThat(greedy.score()).isEqualTo(7000);
        assertThat(optimal.score()).isEqualTo(10000);
        assertThat(names(problem, optimal)).containsExactlyInAnyOrder("e2:B", "e3:B");
        assertThat(optimal.cost()).isEqualTo(10_000_000);
        assertRespected(problem, optimal);
    }

    @Test
    void noEmployeeGoesOverTheirTimeAndTheMinimumIsToppedUp() {
        // 15 + 10 JP does not fit 20 JP of time: the heavier need wins, a 5 JP e-learning reaches the 20 JP minimum
        PlanProblem problem = new PlanProblem(100_000_000,
                List.of(new Employee("e1", 20 * JP, 0, 20 * JP)),
                List.of(programme("P1", 3_000_000, 15, null, "C1"), programme("P2", 2_000_000, 10, null, "C2"),
                        programme("E", 100_000, 5, null)),
                List.of(need("e1", "C1", "1", null, "3"), need("e1", "C2", "1", null, "2")),
                List.of(), 3);

        PlanOutcome optimal = solve(problem);

        assertThat(names(problem, optimal)).containsExactlyInAnyOrder("e1:P1", "e1:E");
        assertThat(optimal.score()).isEqualTo(3000);
        assertThat(optimal.underMinimum()).isEmpty();
        assertRespected(problem, optimal);
    }

    @Test
    void mandatoryComesFirstAndCapacityHolds() {
        // one seat: the mandatory assignment takes it although the other employee's need weighs more
        PlanProblem problem = new PlanProblem(10_000_000,
                List.of(employee("e1", 40), employee("e2", 40)),
                List.of(programme("M", 1_000_000, 10, 1, "C1")),
                List.of(need("e2", "C1", "2", null, "5")),
                List.of(new Mandatory("e1", "M")), 0);

        PlanOutcome optimal = solve(problem);

        assertThat(names(problem, optimal)).containsExactly("e1:M");
        assertThat(optimal.mandatoryPlaced()).isEqualTo(1);
        assertThat(optimal.score()).isZero();
        assertRespected(problem, optimal);
    }

    @Test
    void aProgrammeClosesTheGapOnlyUpToItsTargetLevel() {
        // required 4, gap 2 (current 2): a level-3 programme closes 1, a level-4 programme 2 at twice the price
        PlanProblem problem = new PlanProblem(4_000_000, List.of(employee("e1", 40)),
                List.of(programme("L3", 2_000_000, 10, null, "C1:3"), programme("L4", 4_000_000, 10, null, "C1:4")),
                List.of(need("e1", "C1", "2", 4, "1")), List.of(), 0);

        PlanOutcome optimal = solve(problem);

        assertThat(PlanProblem.closure(problem.needs().get(0), problem.programmes().get(0))).isEqualByComparingTo("1");
        assertThat(names(problem, optimal)).containsExactly("e1:L4");
        assertThat(optimal.gapClosed()).isEqualByComparingTo("2");
    }

    @Test
    void whoStaysUnderTheMinimumIsToldWhy() {
        // e1 has 10 JP of time for a 20 JP minimum; e2 and e3 have time, the budget pays for one 20 JP course only
        PlanProblem problem = new PlanProblem(1_000_000,
                List.of(new Employee("e1", 10 * JP, 0, 20 * JP), new Employee("e2", 40 * JP, 0, 20 * JP),
                        new Employee("e3", 40 * JP, 0, 20 * JP)),
                List.of(programme("K", 1_000_000, 20, null)),
                List.of(), List.of(), 3);

        PlanOutcome optimal = solve(problem);

        Map<String, PlanOutcome.Reason> reasons = optimal.underMinimum().stream().collect(Collectors.toMap(
                s -> problem.employees().get(s.employee()).nip(), PlanOutcome.Short::reason));
        assertThat(optimal.choices()).hasSize(1);
        assertThat(reasons).hasSize(2).containsEntry("e1", PlanOutcome.Reason.NO_TIME)
                .containsValue(PlanOutcome.Reason.BUDGET);
        assertRespected(problem, optimal);
    }

    @Test
    void theSolverIsNeverBehindGreedyOnAnAgencySizeCase() {
        PlanProblem problem = GeneratedAgency.of(10_000, 2_000, 80, 42);

        PlanOutcome greedy = PlanOutcome.of(problem, GreedyPlanner.plan(problem));
        CpSatPlanner.Result result = CpSatPlanner.solve(problem, GreedyPlanner.plan(problem),
                new CpSatPlanner.Settings(Duration.ofSeconds(20), 2));
        PlanOutcome optimal = PlanOutcome.of(problem, result.pairs());

        assertRespected(problem, optimal);
        assertThat(optimal.compareTo(greedy)).isGreaterThanOrEqualTo(0);
        assertThat(optimal.score()).isGreaterThanOrEqualTo(greedy.score());
    }

    private static PlanOutcome solve(PlanProblem problem) {
        CpSatPlanner.Result result = CpSatPlanner.solve(problem, GreedyPlanner.plan(problem), SETTINGS);
        assertThat(result.status()).isEqualTo(CpSatPlanner.Status.OPTIMAL);
        return PlanOutcome.of(problem, result.pairs());
    }

    /** Budget, every employee's time and every programme's seats, recomputed from the chosen pairs. */
    static void assertRespected(PlanProblem problem, PlanOutcome outcome) {
        long cost = 0;
        Map<Integer, Long> time = new HashMap<>();
        Map<Integer, Integer> seats = new HashMap<>();
        Set<Pair> candidates = Set.copyOf(problem.candidates());
        for (PlanOutcome.Choice choice : outcome.choices()) {
            Programme programme = problem.programmes().get(choice.pair().programme());
            cost += programme.cost();
            time.merge(choice.pair().employee(), programme.jp(), Long::sum);
            seats.merge(choice.pair().programme(), 1, Integer::sum);
            assertThat(candidates).contains(choice.pair());
        }
        assertThat(cost).isLessThanOrEqualTo(problem.budget()).isEqualTo(outcome.cost());
        time.forEach((e, jp) -> assertThat(jp).isLessThanOrEqualTo(problem.employees().get(e).availableJp()));
        seats.forEach((p, n) -> {
            Integer capacity = problem.programmes().get(p).capacity();
            if (capacity != null) {
                assertThat(n).isLessThanOrEqualTo(capacity);
            }
        });
    }

    private static List<String> names(PlanProblem problem, PlanOutcome outcome) {
        return outcome.choices().stream().map(c -> problem.employees().get(c.pair().employee()).nip() + ":"
                + problem.programmes().get(c.pair().programme()).id()).toList();
    }

    private static Employee employee(String nip, int availableJp) {
        return new Employee(nip, availableJp * JP, 0, 0);
    }

    /** Competencies as "C1" (level 5) or "C1:3". */
    private static Programme programme(String id, long cost, int jp, Integer capacity, String... competencies) {
        Map<String, Integer> targets = new HashMap<>();
        for (String c : competencies) {
            String[] parts = c.split(":");
            targets.put(parts[0], parts.length > 1 ? Integer.parseInt(parts[1]) : 5);
        }
        return new Programme(id, id, cost, jp * JP, capacity, targets, true);
    }

    private static Need need(String nip, String competency, String gap, Integer requiredLevel, String weight) {
        return new Need(nip, competency, new BigDecimal(gap), requiredLevel, new BigDecimal(weight), List.of("GAP"));
    }
}
