package id.asn.training.enrollment;

import static id.asn.platform.testinfra.TestAgency.as;
import static org.hamcrest.Matchers.equalTo;

import id.asn.platform.testinfra.TestNips;
import id.asn.training.support.Agency;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Measures (never asserts) one 5,000-row bulk nomination against 5,000 single nominations of the same kind, each
 * into a session of its own, end to end over HTTP (issue 13 item 5). Run with
 * {@code ./mvnw -pl training-service test -DexcludedTestGroups= -Dgroups=benchmark -Dtest=NominationBenchmark}.
 * The employees are loaded straight into the projection so that only the nominations are timed.
 */
@QuarkusTest
@Tag("benchmark")
class NominationBenchmark {

    private static final int ROWS = 5000;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void oneBulkNominationAgainstOneCallPerEmployee() throws Exception {
        Agency agency = new Agency("bench-nomination");
        String program = agency.program(agency.institution(), Map.of());
        String bulkSession = agency.session(program, ROWS, "NOMINATION", LocalDate.of(2027, 2, 2)).extract().path("id");
        String singleSession = agency.session(program, ROWS, "NOMINATION", LocalDate.of(2027, 2, 2)).extract()
                .path("id");
        List<String> bulk = employees(agency.tenant);
        List<String> single = employees(agency.tenant);

        long start = System.nanoTime();
        as(agency.hrAdmin).body(Map.of("nips", bulk)).post("/api/v1/sessions/" + bulkSession + "/nominations")
                .then().statusCode(200).body("enrolled", equalTo(ROWS));
        long bulkMs = (System.nanoTime() - start) / 1_000_000;
        start = System.nanoTime();
        for (String nip : single) {
            agency.nominate(singleSession, nip);
        }
        long singleMs = (System.nanoTime() - start) / 1_000_000;

        List<String> report = List.of(
                String.format("one bulk nomination of %d rows: %d ms", ROWS, bulkMs),
                String.format("%d single nominations, one call each: %d ms", ROWS, singleMs));
        report.forEach(line -> System.out.println("[benchmark] nomination " + line));
        Files.write(Path.of("target", "nomination-benchmark.txt"), report);
    }

    private List<String> employees(String tenant) throws Exception {
        List<String> nips = new ArrayList<>(ROWS);
        for (int i = 0; i < ROWS; i++) {
            nips.add(TestNips.pns());
        }
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement("""
                     insert into employee_projection (tenant_id, nip, name, unit_id, active, updated_at)
                     select ?, nip, 'Peserta ' || nip, 'u-bench', true, now() from unnest(?::text[]) as nip""")) {
            insert.setString(1, tenant);
            insert.setArray(2, connection.createArrayOf("text", nips.toArray()));
            insert.executeUpdate();
        }
        return nips;
    }
}
