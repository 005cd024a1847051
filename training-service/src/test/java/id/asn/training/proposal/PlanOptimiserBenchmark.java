package id.asn.training.proposal;

import static id.asn.platform.testinfra.TestAgency.as;

import id.asn.platform.testinfra.TestDatabase;
import id.asn.platform.testinfra.TestNips;
import id.asn.training.proposal.PlanProblem.Employee;
import id.asn.training.proposal.PlanProblem.Need;
import id.asn.training.proposal.PlanProblem.Programme;
import id.asn.training.support.Agency;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Measures (never asserts) the plan proposal end to end over HTTP on an agency of 10,000 employees, 2,000 open needs
 * and 80 programmes (docs/domain.md §2.9): reading the inputs, the greedy baseline, the CP-SAT phases within a
 * 120-second limit, storing the proposal. The agency is {@link GeneratedAgency} (seed 42) loaded straight into the
 * tables, so only the proposal is timed. Run with {@code bench/run plan-optimiser}.
 */
@QuarkusTest
@Tag("benchmark")
class PlanOptimiserBenchmark {

    private static final int EMPLOYEES = 10_000;
    private static final int NEEDS = 2_000;
    private static final int PROGRAMMES = 80;
    private static final int YEAR = 2040;
    private static final int TIME_LIMIT_SECONDS = 120;


    @Test
    void proposeThePlanOfAnAgency() throws Exception {
        Agency agency = new Agency("plan-bench");
        PlanProblem generated = GeneratedAgency.of(EMPLOYEES, NEEDS, PROGRAMMES, 42);
        String institution = agency.institution();
        Map<String, String> nips = new HashMap<>();
        generated.employees().forEach(e -> nips.put(e.nip(), TestNips.pns()));
        Map<String, String> programmes = new HashMap<>();
        for (Programme p : generated.programmes()) {
            List<Map<String, Object>> targets = new ArrayList<>();
            p.targets().forEach((code, level) -> targets.add(Map.of("competencyCode", code, "targetLevel", level)));
            programmes.put(p.id(), agency.program(institution, Map.of("title", p.title(),
                    "jp", BigDecimal.valueOf(p.jp(), 2), "costPerParticipant", p.cost(), "competencies", targets,
                    "developmentPath", p.classroom() ? "PELATIHAN_KLASIKAL" : "PELATIHAN_NONKLASIKAL",
                    "form", p.classroom() ? "PELATIHAN_TEKNIS" : "E_LEARNING")));
        }
        load(agency.tenant, generated, nips, programmes);
        String plan = as(agency.hrAdmin).body(Map.of("year", YEAR, "title", "Rencana " + YEAR,
                "budget", generated.budget())).post("/api/v1/training-plans").then().statusCode(201).extract().path("id");
        List<Map<String, Object>> availability = new ArrayList<>();
        for (Employee e : generated.employees()) {
            availability.add(Map.of("nip", nips.get(e.nip()), "availableJp", BigDecimal.valueOf(e.availableJp(), 2)));
        }

        long start = System.nanoTime();
        JsonPath answer = as(agency.hrAdmin).body(Map.of("planId", plan, "availability", availability,
                        "timeLimitSeconds", TIME_LIMIT_SECONDS))
                .post("/api/v1/plan-proposals").then().statusCode(201).extract().jsonPath();
        long millis = (System.nanoTime() - start) / 1_000_000;

        List<String> report = new ArrayList<>();
        report.add(String.format("agency: %d employees, %d open needs, %d programmes, budget Rp %,d, time limit %d s",
                EMPLOYEES, NEEDS, PROGRAMMES, generated.budget(), TIME_LIMIT_SECONDS));
        report.add(String.format("request: %d ms end to end (solver %d ms), status %s, proposal from %s",
                millis, answer.getLong("solveMillis"), answer.getString("solverStatus"), answer.getString("source")));
        List<Map<String, Object>> phases = answer.getList("phases");
        phases.forEach(p -> report.add(String.format("  phase %-26s %-8s %6d ms", p.get("goal"), p.get("status"),
                ((Number) p.get("millis")).longValue())));
        for (String side : List.of("proposal", "greedy")) {
            report.add(String.format("%-8s weighted gap closed %s (levels %s), budget used Rp %,d of Rp %,d, "
                            + "%d participants, %d employees under the minimum (%s JP missing)", side,
                    answer.getString(side + ".weightedGapClosed"), answer.getString(side + ".gapClosed"),
                    new BigDecimal(answer.getString(side + ".budgetUsed")).longValue(), generated.budget(),
                    answer.getInt(side + ".participants"), answer.getInt(side + ".employeesUnderMinimum"),
                    answer.getString(side + ".jpMissing")));
        }
        BigDecimal solver = new BigDecimal(answer.getString("proposal.weightedGapClosed"));
        BigDecimal greedy = new BigDecimal(answer.getString("greedy.weightedGapClosed"));
        report.add(String.format("weighted gap closed: proposal %s vs greedy %s (%+.2f %%)", solver, greedy,
                greedy.signum() == 0 ? 0 : solver.subtract(greedy).multiply(BigDecimal.valueOf(100))
                        .divide(greedy, 4, java.math.RoundingMode.HALF_UP).doubleValue()));
        report.forEach(line -> System.out.println("[benchmark] plan-optimiser " + line));
        Files.write(Path.of("target", "plan-optimiser-benchmark.txt"), report);
    }

    private void load(String tenant, PlanProblem generated, Map<String, String> nips, Map<String, String> programmes)
            throws Exception {
        try (Connection connection = TestDatabase.superuser();
             PreparedStatement employees = connection.prepareStatement("""
                     insert into employee_projection (tenant_id, nip, name, unit_id, active, updated_at)
                     select ?, nip, 'Pegawai ' || nip, 'u-bench', true, now() from unnest(?::text[]) as nip""");
             PreparedStatement needs = connection.prepareStatement("""
                     insert into training_need (id, tenant_id, nip, unit_id, competency_code, source, source_ref, gap,
                                                required_level, status, year, created_at, created_by, updated_at,
                                                updated_by, version)
                     values (gen_random_uuid(), ?, ?, 'u-bench', ?, ?, ?, ?, ?, 'OPEN', ?, now(), 'bench', now(),
                             'bench', 0)""");
             PreparedStatement sessions = connection.prepareStatement("""
                     insert into training_session (id, tenant_id, program_id, institution_id, name, capacity,
                                                   enrollment_mode, mandatory, status, created_at, created_by,
                                                   updated_at, updated_by, version)
                     select gen_random_uuid(), p.tenant_id, p.id, p.institution_id, 'Angkatan ' || ?, ?, 'NOMINATION',
                            false, 'OPEN', make_timestamptz(?, 3, 1, 8, 0, 0), 'bench', now(), 'bench', 0
                     from program p where p.id = ?""")) {
            employees.setString(1, tenant);
            employees.setArray(2, connection.createArrayOf("text", nips.values().toArray()));
            employees.executeUpdate();
            for (Need need : generated.needs()) {
                needs.setString(1, tenant);
                needs.setString(2, nips.get(need.nip()));
                needs.setString(3, need.competencyCode());
                needs.setString(4, need.sources().get(0));
                needs.setString(5, UUID.randomUUID().toString());
                needs.setBigDecimal(6, need.sources().get(0).equals("GAP") ? need.gap() : null);
                needs.setObject(7, need.requiredLevel() == null ? null : need.requiredLevel().shortValue());
                needs.setInt(8, YEAR);
                needs.addBatch();
            }
            needs.executeBatch();
            for (Programme p : generated.programmes()) {
                if (p.capacity() != null) {
                    sessions.setString(1, p.id());
                    sessions.setInt(2, p.capacity());
                    sessions.setInt(3, YEAR);
                    sessions.setObject(4, UUID.fromString(programmes.get(p.id())));
                    sessions.addBatch();
                }
            }
            sessions.executeBatch();
        }
    }
}
