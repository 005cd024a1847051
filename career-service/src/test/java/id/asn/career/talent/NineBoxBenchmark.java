package id.asn.career.talent;

import static id.asn.platform.testinfra.TestAgency.as;
import static org.hamcrest.Matchers.equalTo;

import id.asn.career.support.Agency;
import id.asn.platform.testinfra.TestDatabase;
import id.asn.platform.testinfra.TestNips;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Measures (never asserts) how long the recompute of an agency's 9-box takes for 50,000 employees over HTTP: the
 * evidence read in slices of {@code Chunks.SIZE}, each slice's placements, audit rows and outbox events (one per
 * changed box) written set-based and committed in the slice's own transaction, within the default transaction
 * timeout; then the same recompute again, where no box changes. Run with {@code ./mvnw -pl career-service -am verify
 * -DexcludedTestGroups= -Dgroups=benchmark -Dtest=NineBoxBenchmark -Dsurefire.failIfNoSpecifiedTests=false}. The
 * employees and their evidence are loaded straight into the tables so that only the recompute is timed.
 */
@QuarkusTest
@Tag("benchmark")
class NineBoxBenchmark {

    private static final int EMPLOYEES = 50_000;
    private static final int YEAR = 2026;


    @Test
    void timeToRecomputeTheNineBoxOfAnAgencyOf50000() throws Exception {
        Agency agency = new Agency("bench-ninebox");
        long start = System.nanoTime();
        load(agency.tenant);
        List<String> report = new ArrayList<>();
        report.add(String.format("loaded %d employees with appraisal, training and JPM rows in %d ms", EMPLOYEES,
                (System.nanoTime() - start) / 1_000_000));
        for (String run : List.of("first (every box new)", "second (no box changes)")) {
            start = System.nanoTime();
            var answer = as(agency.hrAdmin).post("/api/v1/talent-reviews/" + YEAR + "/recompute").then()
                    .statusCode(200).body("placed", equalTo(EMPLOYEES)).extract().jsonPath();
            report.add(String.format("recompute %s: %d placed, %d changed in %d ms", run, answer.getInt("placed"),
                    answer.getInt("changed"), (System.nanoTime() - start) / 1_000_000));
        }
        start = System.nanoTime();
        as(agency.hrAdmin).get("/api/v1/talent-reviews/" + YEAR + "/grid").then().statusCode(200)
                .body("total", equalTo(EMPLOYEES));
        report.add(String.format("grid of %d placements in %d ms", EMPLOYEES, (System.nanoTime() - start) / 1_000_000));
        report.forEach(line -> System.out.println("[benchmark] 9-box " + line));
        Files.write(Path.of("target", "ninebox-benchmark.txt"), report);
    }

    private void load(String tenant) throws Exception {
        List<String> nips = new ArrayList<>(EMPLOYEES);
        for (int i = 0; i < EMPLOYEES; i++) {
            nips.add(TestNips.pns());
        }
        String[] predikat = {"SANGAT_BAIK", "BAIK", "BAIK", "BUTUH_PERBAIKAN", "SANGAT_KURANG"};
        String[] hasil = {"DI_ATAS_EKSPEKTASI", "SESUAI_EKSPEKTASI", "SESUAI_EKSPEKTASI", "DI_BAWAH_EKSPEKTASI",
                "DI_BAWAH_EKSPEKTASI"};
        try (Connection c = TestDatabase.superuser();
             PreparedStatement employees = c.prepareStatement("""
                     insert into employee_projection (tenant_id, nip, name, employee_type, birth_date, unit_id, position_id,
                         position_class, rank, education, active, updated_at)
                     select ?, nip, 'Pegawai ' || nip, 'PNS', date '1985-01-01', 'u-' || (n % 40), 'pos-' || (n % 900),
                         'PELAKSANA', 'III/a', 'S1', true, now()
                     from unnest(?::text[]) with ordinality as t(nip, n)""");
             PreparedStatement appraisals = c.prepareStatement("""
                     insert into appraisal_result (tenant_id, appraisal_id, nip, year, period_type, hasil_kerja,
                         perilaku_kerja, predikat, finalized_on, revision)
                     select ?, 'ap-' || nip, nip, ?, 'ANNUAL', (?::text[])[1 + n % 5], 'SESUAI_EKSPEKTASI',
                         (?::text[])[1 + n % 5], date '2027-01-20', 1
                     from unnest(?::text[]) with ordinality as t(nip, n)""");
             PreparedStatement trainings = c.prepareStatement("""
                     insert into training_record (tenant_id, enrollment_id, nip, jp, completed_on)
                     select ?, 'enr-' || nip, nip, n % 30, date '2026-06-30'
                     from unnest(?::text[]) with ordinality as t(nip, n)""");
             PreparedStatement fits = c.prepareStatement("""
                     insert into competency_fit (tenant_id, nip, position_id, jpm, updated_at)
                     select ?, nip, 'pos-' || (n % 900), 50 + n % 60, now()
                     from unnest(?::text[]) with ordinality as t(nip, n)""")) {
            java.sql.Array array = c.createArrayOf("text", nips.toArray());
            employees.setString(1, tenant);
            employees.setArray(2, array);
            employees.executeUpdate();
            appraisals.setString(1, tenant);
            appraisals.setInt(2, YEAR);
            appraisals.setArray(3, c.createArrayOf("text", hasil));
            appraisals.setArray(4, c.createArrayOf("text", predikat));
            appraisals.setArray(5, array);
            appraisals.executeUpdate();
            for (PreparedStatement s : List.of(trainings, fits)) {
                s.setString(1, tenant);
                s.setArray(2, array);
                s.executeUpdate();
            }
        }
    }
}
