package id.asn.appraisal.bias;

import static id.asn.platform.testinfra.TestAgency.as;
import static org.hamcrest.Matchers.equalTo;

import id.asn.appraisal.support.Agency;
import id.asn.platform.testinfra.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Measures (never asserts) how long the rater bias report takes over HTTP for an agency of 10,000 rated annual
 * appraisals: 500 raters of 20 people each in 100 units, one in ten calibrated, three in ten with three peers' input.
 * Run with {@code TEST_INFRA=embedded ./mvnw -pl appraisal-service -am verify -DexcludedTestGroups= -Dgroups=benchmark
 * -Dtest=RaterBiasBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 * The rows are loaded straight into the tables so that only the report is timed.
 */
@QuarkusTest
@Tag("benchmark")
class RaterBiasBenchmark {

    private static final int APPRAISALS = 10_000;
    private static final int RATERS = 500;


    @Test
    void timeTheBiasReportOverTenThousandAppraisals() throws Exception {
        Agency agency = new Agency("bias-bench");
        String period = agency.period(2026);
        load(agency.tenant, UUID.fromString(period));

        List<String> report = new ArrayList<>();
        for (String page : List.of("page=1&size=20", "page=25&size=20", "page=1&size=200", "page=1&size=20")) {
            long start = System.nanoTime();
            as(agency.hrAdmin).get("/api/v1/rater-bias?periodId=" + period + "&" + page).then().statusCode(200)
                    .body("totalItems", equalTo(RATERS));
            report.add(String.format("%d appraisals, %d raters, %s: %d ms", APPRAISALS, RATERS, page,
                    (System.nanoTime() - start) / 1_000_000));
        }
        report.forEach(line -> System.out.println("[benchmark] rater bias " + line));
        Files.write(Path.of("target", "rater-bias-benchmark.txt"), report);
    }

    private void load(String tenant, UUID period) throws Exception {
        // appraisee i (1..10,000) is rated by rater 10,001 + i % 500, in that rater's unit u-(rater % 100)
        try (Connection connection = TestDatabase.superuser();
             PreparedStatement employees = connection.prepareStatement("""
                     insert into employee_projection (tenant_id, nip, name, unit_id, active, updated_at)
                     select ?, lpad(g::text, 18, '0'), 'Pegawai ' || g, 'u-' || ((10001 + g % 500) % 100), true, now()
                     from generate_series(1, 10500) g""");
             PreparedStatement plans = connection.prepareStatement("""
                     insert into performance_plan (id, tenant_id, period_id, nip, unit_id, rater_nip, status, content,
                                                   created_at, created_by, updated_at, updated_by, version)
                     select gen_random_uuid(), ?, ?, lpad(g::text, 18, '0'), 'u-' || ((10001 + g % 500) % 100),
                            lpad((10001 + g % 500)::text, 18, '0'), 'LOCKED', '{}', now(), 'bench', now(), 'bench', 0
                     from generate_series(1, 10000) g""");
             PreparedStatement appraisals = connection.prepareStatement("""
                     insert into appraisal (id, tenant_id, plan_id, period_id, nip, unit_id, rater_nip, period_type,
                                            period_number, period_start, period_end, year, status, hasil_kerja,
                                            hasil_justification, hasil_evidence, perilaku_kerja, perilaku_justification,
                                            perilaku_evidence, predikat, original_hasil_kerja, original_perilaku_kerja,
                                            original_predikat, revision, created_at, created_by, updated_at,
                                            updated_by, version)
                     select gen_random_uuid(), p.tenant_id, p.id, p.period_id, p.nip, p.unit_id, p.rater_nip, 'ANNUAL',
                            1, date '2026-01-01', date '2026-12-31', 2026, 'RATED', r.hasil, 'bench', '[]', r.perilaku,
                            'bench', '[]',
                            case when r.hasil = 'DI_BAWAH_EKSPEKTASI' and r.perilaku = 'DI_BAWAH_EKSPEKTASI' then 'SANGAT_KURANG'
                                 when r.hasil = 'DI_BAWAH_EKSPEKTASI' then 'BUTUH_PERBAIKAN'
                                 when r.perilaku = 'DI_BAWAH_EKSPEKTASI' then 'KURANG_MISCONDUCT'
                                 when r.hasil = 'DI_ATAS_EKSPEKTASI' and r.perilaku = 'DI_ATAS_EKSPEKTASI' then 'SANGAT_BAIK'
                                 else 'BAIK' end,
                            case when r.g % 10 = 0 then 'DI_ATAS_EKSPEKTASI' end,
                            case when r.g % 10 = 0 then 'DI_ATAS_EKSPEKTASI' end,
                            case when r.g % 10 = 0 then 'SANGAT_BAIK' end,
                            0, now(), 'bench', now(), 'bench', 0
                     from performance_plan p
                     join (select g, lpad(g::text, 18, '0') as nip,
                                  (array['DI_BAWAH_EKSPEKTASI', 'SESUAI_EKSPEKTASI', 'SESUAI_EKSPEKTASI', 'DI_ATAS_EKSPEKTASI'])[1 + (g * 7) % 4] as hasil,
                                  (array['DI_BAWAH_EKSPEKTASI', 'SESUAI_EKSPEKTASI', 'SESUAI_EKSPEKTASI', 'DI_ATAS_EKSPEKTASI'])[1 + (g * 3 + g / 4) % 4] as perilaku
                           from generate_series(1, 10000) g) r on r.nip = p.nip
                     where p.tenant_id = ? and p.period_id = ?""");
             PreparedStatement inputs = connection.prepareStatement("""
                     insert into behaviour_input (id, tenant_id, appraisal_id, rater_nip, rater_group, rating,
                                                  created_at, created_by, updated_at, updated_by, version)
                     select gen_random_uuid(), a.tenant_id, a.id, lpad((10000 - (a.nip::bigint + k * 500) % 10000)::text, 18, '0'),
                            'PEER', (array['DI_BAWAH_EKSPEKTASI', 'SESUAI_EKSPEKTASI', 'DI_ATAS_EKSPEKTASI'])[1 + (a.nip::bigint + k) % 3],
                            now(), 'bench', now(), 'bench', 0
                     from appraisal a cross join generate_series(1, 3) k
                     where a.tenant_id = ? and a.period_id = ? and a.nip::bigint % 10 < 3""")) {
            employees.setString(1, tenant);
            employees.executeUpdate();
            plans.setString(1, tenant);
            plans.setObject(2, period);
            plans.executeUpdate();
            appraisals.setString(1, tenant);
            appraisals.setObject(2, period);
            appraisals.executeUpdate();
            inputs.setString(1, tenant);
            inputs.setObject(2, period);
            inputs.executeUpdate();
        }
        // a live database has statistics (autovacuum analyzes after bulk changes); give the loaded tables theirs
        try (Connection connection = TestDatabase.superuser();
             Statement analyze = connection.createStatement()) {
            analyze.execute("analyze employee_projection, performance_plan, appraisal, behaviour_input");
        }
    }
}
