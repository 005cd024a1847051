package id.asn.training.proposal;

import id.asn.training.proposal.PlanProblem.Employee;
import id.asn.training.proposal.PlanProblem.Need;
import id.asn.training.proposal.PlanProblem.Programme;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * A generated agency for the plan optimiser (seeded, so a run can be repeated): employees with 20 to 60 JP of time,
 * needs over 30 competencies from the three sources, programmes of 4 to 40 JP at Rp 250,000 to Rp 15,000,000 with a
 * yearly capacity, and a budget that pays for about a fifth of the seats the needs ask for.
 */
public final class GeneratedAgency {

    public static final int COMPETENCIES = 30;

    private GeneratedAgency() {
    }

    public static PlanProblem of(int employeeCount, int needCount, int programmeCount, long seed) {
        Random random = new Random(seed);
        List<Employee> employees = new ArrayList<>();
        for (int e = 0; e < employeeCount; e++) {
            employees.add(new Employee(nip(e), (20 + random.nextInt(41)) * 100L, random.nextInt(4) == 0 ? 800 : 0, 2000));
        }
        List<Programme> programmes = new ArrayList<>();
        for (int p = 0; p < programmeCount; p++) {
            Map<String, Integer> targets = new HashMap<>();
            int count = 1 + random.nextInt(3);
            while (targets.size() < count) {
                targets.put(competency(random.nextInt(COMPETENCIES)), 2 + random.nextInt(4));
            }
            long jp = new long[]{4, 8, 10, 16, 20, 24, 32, 40}[random.nextInt(8)];
            long cost = 250_000L * (1 + random.nextInt(60));
            Integer capacity = random.nextInt(5) == 0 ? null : 30 * (1 + random.nextInt(5));
            programmes.add(new Programme("P" + p, "Programme " + p, cost, jp * 100, capacity, targets,
                    random.nextBoolean()));
        }
        List<Need> needs = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        String[] sources = {"GAP", "GAP", "GAP", "SURVEY", "APPRAISAL"};
        while (needs.size() < needCount) {
            String nip = nip(random.nextInt(employeeCount));
            String source = sources[random.nextInt(sources.length)];
            String competency = source.equals("APPRAISAL") ? null : competency(random.nextInt(COMPETENCIES));
            if (!seen.add(nip + competency)) {
                continue;
            }
            int gap = 1 + random.nextInt(3);
            Integer required = source.equals("GAP") ? Math.min(5, gap + 1 + random.nextInt(3)) : null;
            BigDecimal weight = source.equals("SURVEY") ? new BigDecimal("0.5") : BigDecimal.ONE;
            needs.add(new Need(nip, competency, BigDecimal.valueOf(gap), required, weight, List.of(source)));
        }
        long averageCost = programmes.stream().mapToLong(Programme::cost).sum() / programmeCount;
        return new PlanProblem(averageCost * needCount / 5, employees, programmes, needs, List.of(), 5);
    }

    private static String nip(int e) {
        return "E" + e;
    }

    private static String competency(int c) {
        return "K" + c;
    }
}
