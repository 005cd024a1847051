package id.asn.training.attendance;

import static id.asn.platform.testinfra.TestAgency.as;
import static org.hamcrest.Matchers.equalTo;

import id.asn.platform.testinfra.TestDatabase;
import id.asn.platform.testinfra.TestNips;
import id.asn.training.support.Agency;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Measures (never asserts) how long one 5,000-row attendance request takes end to end over HTTP: validation,
 * the set-based write, one outbox event per created row, commit; then the completion of all 5,000 participants.
 * Run with {@code ./mvnw -pl training-service test -DexcludedTestGroups= -Dgroups=benchmark -Dtest=AttendanceBatchBenchmark}.
 * The 5,000 participants are loaded straight into the projection and enrolment tables so that only the call
 * under study is timed.
 */
@QuarkusTest
@Tag("benchmark")
class AttendanceBatchBenchmark {

    private static final int ROWS = 5000;


    @Test
    void timeToIngestOne5000RowBatch() throws Exception {
        Agency agency = new Agency("bench");
        String institution = agency.institution();
        String partner = agency.partnerToken(institution);
        String program = agency.program(institution, Map.of());
        JsonPath session = agency.session(program, ROWS, "NOMINATION", LocalDate.of(2026, 2, 2),
                LocalDate.of(2026, 2, 3), LocalDate.of(2026, 2, 4)).extract().jsonPath();
        List<String> nips = participants(agency.tenant, UUID.fromString(session.getString("id")));

        List<String> report = new ArrayList<>();
        for (int m = 0; m < 3; m++) {
            List<Map<String, Object>> rows = new ArrayList<>(ROWS);
            for (int i = 0; i < ROWS; i++) {
                rows.add(Agency.row("b" + m + "-" + i, nips.get(i), i % 10 == 0 ? "LATE" : "PRESENT"));
            }
            String meeting = session.getString("meetings[" + m + "].id");
            long start = System.nanoTime();
            as(partner).header("Idempotency-Key", UUID.randomUUID().toString()).body(Map.of("rows", rows))
                    .post("/api/v1/attendance/meetings/" + meeting).then().statusCode(200).body("created", equalTo(ROWS));
            long created = System.nanoTime() - start;
            start = System.nanoTime();
            as(partner).body(Map.of("rows", rows)).post("/api/v1/attendance/meetings/" + meeting)
                    .then().statusCode(200).body("unchanged", equalTo(ROWS));
            long resent = System.nanoTime() - start;
            report.add(String.format("meeting %d: %d new rows in %d ms; same %d rows resent (all UNCHANGED) in %d ms",
                    m + 1, ROWS, created / 1_000_000, ROWS, resent / 1_000_000));
        }
        long start = System.nanoTime();
        as(partner).post("/api/v1/sessions/" + session.getString("id") + "/completion").then().statusCode(200)
                .body("size()", equalTo(ROWS));
        report.add(String.format("completion: %d participants decided, certified, credited in %d ms", ROWS,
                (System.nanoTime() - start) / 1_000_000));
        report.forEach(line -> System.out.println("[benchmark] attendance " + line));
        Files.write(Path.of("target", "attendance-benchmark.txt"), report);
    }

    private List<String> participants(String tenant, UUID sessionId) throws Exception {
        List<String> nips = new ArrayList<>(ROWS);
        for (int i = 0; i < ROWS; i++) {
            nips.add(TestNips.pns());
        }
        try (Connection connection = TestDatabase.superuser();
             PreparedStatement employees = connection.prepareStatement("""
                     insert into employee_projection (tenant_id, nip, name, unit_id, active, updated_at)
                     select ?, nip, 'Peserta ' || nip, 'u-bench', true, now() from unnest(?::text[]) as nip""");
             PreparedStatement enrollments = connection.prepareStatement("""
                     insert into enrollment (id, tenant_id, session_id, nip, status, origin, requested_by,
                                             created_at, created_by, updated_at, updated_by, version)
                     select gen_random_uuid(), ?, ?, nip, 'ENROLLED', 'NOMINATION', 'bench', now(), 'bench', now(),
                            'bench', 0 from unnest(?::text[]) as nip""")) {
            java.sql.Array array = connection.createArrayOf("text", nips.toArray());
            employees.setString(1, tenant);
            employees.setArray(2, array);
            employees.executeUpdate();
            enrollments.setString(1, tenant);
            enrollments.setObject(2, sessionId);
            enrollments.setArray(3, array);
            enrollments.executeUpdate();
        }
        return nips;
    }
}
