package id.asn.training.proposal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the budget-optimal plan is chosen from (docs/domain.md §2.9): the employees with their time and JP, the
 * programmes on offer, the open needs, the mandatory assignments and the budget. Money is in whole rupiah and JP in
 * hundredths, so the solver and the greedy baseline compare exactly the same integers.
 *
 * @param budget         rupiah the plan may still commit
 * @param topUpPrograms  how many of the cheapest programmes per JP every employee short of the minimum may also be
 *                       given, beyond those that close one of their needs (bounds the model's size, §2.9.2)
 */
public record PlanProblem(long budget, List<Employee> employees, List<Programme> programmes, List<Need> needs,
                          List<Mandatory> mandatory, int topUpPrograms) {

    /** Score units per unit of weighted gap: three decimals survive the integer objective. */
    public static final long SCORE_SCALE = 1000;

    /** An employee: JP (hundredths) they may spend this year, already earned in it, and the yearly minimum. */
    public record Employee(String nip, long availableJp, long earnedJp, long minimumJp) {
        long shortOfMinimum() {
            return Math.max(0, minimumJp - earnedJp);
        }
    }

    /**
     * A programme on offer: rupiah per participant, JP (hundredths), seats in the year (null: no limit), the
     * competencies it develops with the level it aims at, and whether it is classroom training.
     */
    public record Programme(String id, String title, long cost, long jp, Integer capacity,
                            Map<String, Integer> targets, boolean classroom) {
    }

    /**
     * One open need of an employee for one competency (null: an appraisal need, which any programme serves): the
     * gap in levels, the required level when known, its weight and the sources that reported it.
     */
    public record Need(String nip, String competencyCode, BigDecimal gap, Integer requiredLevel, BigDecimal weight,
                       List<String> sources) {
    }

    /** An assignment hr-admin requires (e.g. Latsar for the year's CPNS): placed before anything else. */
    public record Mandatory(String nip, String programmeId) {
    }

    /** One employee attending one programme. */
    public record Pair(int employee, int programme) {
    }

    /**
     * Levels of the need the programme closes: the whole gap when it develops the competency and the required level
     * is unknown, otherwise up to the programme's target level (docs/domain.md §2.9.1). An appraisal need (no
     * competency) is closed by any programme.
     */
    public static BigDecimal closure(Need need, Programme programme) {
        if (need.competencyCode() == null) {
            return need.gap();
        }
        Integer target = programme.targets().get(need.competencyCode());
        if (target == null) {
            return BigDecimal.ZERO;
        }
        if (need.requiredLevel() == null) {
            return need.gap();
        }
        BigDecimal current = BigDecimal.valueOf(need.requiredLevel()).subtract(need.gap());
        BigDecimal raised = BigDecimal.valueOf(target).subtract(current);
        return raised.signum() <= 0 ? BigDecimal.ZERO : raised.min(need.gap());
    }

    /** The weighted closure in score units. */
    public static long score(Need need, Programme programme) {
        return closure(need, programme).multiply(need.weight()).multiply(BigDecimal.valueOf(SCORE_SCALE))
                .setScale(0, RoundingMode.HALF_UP).longValueExact();
    }

    /** Index of every employee by NIP. */
    public Map<String, Integer> employeeIndex() {
        Map<String, Integer> index = new HashMap<>();
        for (int e = 0; e < employees.size(); e++) {
            index.put(employees.get(e).nip(), e);
        }
        return index;
    }

    /** Index of every programme by id. */
    public Map<String, Integer> programmeIndex() {
        Map<String, Integer> index = new HashMap<>();
        for (int p = 0; p < programmes.size(); p++) {
            index.put(programmes.get(p).id(), p);
        }
        return index;
    }

    /** The needs of each employee (indices into {@link #needs()}), by employee index. */
    public List<List<Integer>> needsByEmployee() {
        Map<String, Integer> index = employeeIndex();
        List<List<Integer>> result = new ArrayList<>();
        employees.forEach(e -> result.add(new ArrayList<>()));
        for (int n = 0; n < needs.size(); n++) {
            Integer e = index.get(needs.get(n).nip());
            if (e != null) {
                result.get(e).add(n);
            }
        }
        return result;
    }

    /**
     * The pairs the plan may choose from, the same for the solver and the greedy baseline: a programme that fits the
     * employee's time and closes one of their needs, a mandatory assignment, and for an employee short of the
     * minimum the {@link #topUpPrograms} cheapest programmes per JP that fit their time.
     */
    public List<Pair> candidates() {
        List<List<Integer>> byEmployee = needsByEmployee();
        List<Integer> cheapestPerJp = new ArrayList<>();
        for (int p = 0; p < programmes.size(); p++) {
            if (programmes.get(p).jp() > 0) {
                cheapestPerJp.add(p);
            }
        }
        cheapestPerJp.sort(Comparator.comparingDouble((Integer p) -> (double) programmes.get(p).cost() / programmes.get(p).jp())
                .thenComparing(p -> programmes.get(p).id()));
        Map<Integer, Set<Integer>> mandatoryOf = new HashMap<>();
        Map<String, Integer> employeeIndex = employeeIndex();
        Map<String, Integer> programmeIndex = programmeIndex();
        for (Mandatory m : mandatory) {
            mandatoryOf.computeIfAbsent(employeeIndex.get(m.nip()), k -> new LinkedHashSet<>())
                    .add(programmeIndex.get(m.programmeId()));
        }
        List<Pair> pairs = new ArrayList<>();
        for (int e = 0; e < employees.size(); e++) {
            Employee employee = employees.get(e);
            Set<Integer> chosen = new LinkedHashSet<>(mandatoryOf.getOrDefault(e, Set.of()));
            for (int p = 0; p < programmes.size(); p++) {
                Programme programme = programmes.get(p);
                if (programme.jp() > employee.availableJp()) {
                    continue;
                }
                for (int n : byEmployee.get(e)) {
                    if (score(needs.get(n), programme) > 0) {
                        chosen.add(p);
                        break;
                    }
                }
            }
            if (employee.shortOfMinimum() > 0) {
                cheapestPerJp.stream().filter(p -> programmes.get(p).jp() <= employee.availableJp())
                        .limit(topUpPrograms).forEach(chosen::add);
            }
            for (int p : chosen) {
                pairs.add(new Pair(e, p));
            }
        }
        return pairs;
    }
}
