package id.asn.career.merit;

import static id.asn.platform.testinfra.TestAgency.as;
import static org.hamcrest.Matchers.equalTo;

import id.asn.career.support.Agency;
import id.asn.platform.kit.caller.Roles;
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
 * Measures (never asserts) the national merit figures over 500,000 employees in 50 agencies: building each
 * agency's pre-aggregate from facts loaded straight into the tables (the rebuild, the same recount the events run
 * per person), then the national request, which reads the tallies only. Run with {@code ./mvnw -pl career-service
 * -am verify -DexcludedTestGroups= -Dgroups=benchmark -Dtest=MeritBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@QuarkusTest
@Tag("benchmark")
class MeritBenchmark {

    private static final int AGENCIES = 50;
    private static final int PER_AGENCY = 10_000;
    private static final int YEAR = 2026;


    @Test
    void timeToServeTheNationalFiguresOver500000() throws Exception {
        List<String> report = new ArrayList<>();
        List<Agency> agencies = new ArrayList<>();
        long load = 0;
        long rebuild = 0;
        for (int a = 0; a < AGENCIES; a++) {
            Agency agency = new Agency("bench-merit-" + a);
            agencies.add(agency);
            long start = System.nanoTime();
            load(agency.tenant);
            load += System.nanoTime() - start;
            start = System.nanoTime();
            as(agency.hrAdmin).post("/api/v1/merit-figures/rebuild").then().statusCode(200)
                    .body("employees", equalTo(PER_AGENCY));
            rebuild += System.nanoTime() - start;
        }
        report.add(String.format("loaded %d employees (%d agencies) with appraisal, training, assessment rows in %d ms",
                AGENCIES * PER_AGENCY, AGENCIES, load / 1_000_000));
        report.add(String.format("built the pre-aggregate of %d agencies (rebuild, %d employees each) in %d ms, "
                + "%d ms per agency", AGENCIES, PER_AGENCY, rebuild / 1_000_000, rebuild / 1_000_000 / AGENCIES));
        String viewer = agencies.get(0).token(Roles.NATIONAL_VIEWER);
        for (int i = 1; i <= 5; i++) {
            long start = System.nanoTime();
            as(viewer).get("/api/v1/merit-figures/national?year=" + YEAR).then().statusCode(200);
            report.add(String.format("national figures, request %d: %d ms", i, (System.nanoTime() - start) / 1_000_000));
        }
        try (Connection c = TestDatabase.superuser();
             var rows = c.createStatement().executeQuery("select count(*) from merit_tally")) {
            rows.next();
            report.add(String.format("tally rows read by the national request (every agency in the database): %d",
                    rows.getLong(1)));
        }
        report.forEach(line -> System.out.println("[benchmark] merit " + line));
        Files.write(Path.of("target", "merit-benchmark.txt"), report);
    }

    private void load(String tenant) throws Exception {
        List<String> nips = new ArrayList<>(PER_AGENCY);
        for (int i = 0; i < PER_AGENCY; i++) {
            nips.add(TestNips.pns());
        }
        try (Connection c = TestDatabase.superuser();
             PreparedStatement employees = c.prepareStatement("""
                     insert into employee_projection (tenant_id, nip, name, employee_type, birth_date, unit_id, position_id,
                         position_class, rank, education, active, updated_at)
                     select ?, nip, 'Pegawai ' || nip, 'PNS', date '1985-01-01', 'u-' || (n % 40),
                         'pos-' || (n % 300), 'PELAKSANA', 'III/a', 'S1', n % 50 <> 0, now()
                     from unnest(?::text[]) with ordinality as t(nip, n)""");
             PreparedStatement appraisals = c.prepareStatement("""
                     insert into appraisal_result (tenant_id, appraisal_id, nip, year, period_type, hasil_kerja,
                         perilaku_kerja, predikat, finalized_on, revision)
                     select ?, 'ap-' || nip, nip, 2026, 'ANNUAL', 'SESUAI_EKSPEKTASI', 'SESUAI_EKSPEKTASI', 'BAIK',
                         date '2027-01-20', 1
                     from unnest(?::text[]) with ordinality as t(nip, n) where n % 10 <> 0""");
             PreparedStatement trainings = c.prepareStatement("""
                     insert into training_record (tenant_id, enrollment_id, nip, jp, completed_on)
                     select ?, 'enr-' || nip, nip, n % 30, date '2026-06-30'
                     from unnest(?::text[]) with ordinality as t(nip, n)""");
             PreparedStatement assessments = c.prepareStatement("""
                     insert into competency_assessment (tenant_id, assessment_id, nip, assessed_on, valid_until)
                     select ?, 'as-' || nip, nip, date '2024-01-01' + (n % 700)::int, null
                     from unnest(?::text[]) with ordinality as t(nip, n) where n % 4 <> 0""");
             PreparedStatement standards = c.prepareStatement("""
                     insert into position_standard_seen (tenant_id, position_id)
                     select ?, 'pos-' || n from generate_series(0, 199) as n""")) {
            java.sql.Array array = c.createArrayOf("text", nips.toArray());
            for (PreparedStatement s : List.of(employees, appraisals, trainings, assessments)) {
                s.setString(1, tenant);
                s.setArray(2, array);
                s.executeUpdate();
            }
            standards.setString(1, tenant);
            standards.executeUpdate();
        }
    }
}
