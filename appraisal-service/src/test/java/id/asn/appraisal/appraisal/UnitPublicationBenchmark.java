package id.asn.appraisal.appraisal;

import static id.asn.platform.testinfra.TestAgency.as;
import static org.hamcrest.Matchers.equalTo;

import id.asn.appraisal.support.Agency;
import id.asn.platform.events.EventTypes;
import id.asn.platform.events.Topics;
import id.asn.platform.testinfra.TestDatabase;
import id.asn.platform.testinfra.TestNips;
import id.asn.platform.testinfra.TopicReader;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Measures (never asserts) how long the pejabat penilai of one unit of 500 takes to finalise every rated appraisal
 * over HTTP, how long until the 500 {@code appraisal.finalized} events are on the broker, and the unit's open
 * distribution read afterwards (docs/domain.md §3.11). Run with
 * {@code ./mvnw -pl appraisal-service test -DexcludedTestGroups= -Dgroups=benchmark -Dtest=UnitPublicationBenchmark}.
 * One plan and appraisal are made through the API; the other 499 are copies of them loaded straight into the
 * tables, so that only finalisation and publication are timed.
 */
@QuarkusTest
@Tag("benchmark")
class UnitPublicationBenchmark {

    private static final int UNIT = 500;


    @Test
    void timeToFinaliseAndPublishOneUnitOf500() throws Exception {
        Agency agency = new Agency("bench");
        String rater = TestNips.pns();
        String first = TestNips.pns();
        agency.employees("u-bench", null, rater);
        agency.employees("u-bench", rater, first);
        String period = agency.period(2026);
        String template = agency.appraisal(agency.lockedPlan(period, first, rater), rater);
        int version = as(agency.supervisorToken(rater)).body(Map.of("version", 0,
                        "hasilKerja", Agency.rating("SESUAI_EKSPEKTASI"),
                        "perilakuKerja", Agency.rating("SESUAI_EKSPEKTASI")))
                .put("/api/v1/appraisals/" + template + "/rating").then().statusCode(200).extract().path("version");
        List<String> appraisals = new ArrayList<>(List.of(template));
        appraisals.addAll(copies(agency.tenant, UUID.fromString(template), UNIT - 1));

        String token = agency.supervisorToken(rater);
        try (TopicReader topic = TopicReader.of(Topics.APPRAISAL)) {
            long start = System.nanoTime();
            for (String appraisal : appraisals) {
                as(token).body(Map.of("version", version)).post("/api/v1/appraisals/" + appraisal + "/finalization")
                        .then().statusCode(200);
            }
            long finalised = System.nanoTime() - start;
            topic.await(r -> r.value().contains(EventTypes.APPRAISAL_FINALIZED.name())
                    && r.value().contains(agency.tenant), UNIT, Duration.ofMinutes(5));
            long published = System.nanoTime() - start;
            long read = System.nanoTime();
            as(token).get("/api/v1/appraisals/distribution?periodId=" + period + "&unitId=u-bench").then()
                    .statusCode(200).body("total", equalTo(UNIT));
            long distribution = System.nanoTime() - read;

            List<String> report = List.of(
                    String.format("%d finalisations (one HTTP call each, sequential) in %d ms (%.1f ms each)", UNIT,
                            finalised / 1_000_000, finalised / 1e6 / UNIT),
                    String.format("all %d appraisal.finalized events on the broker %d ms after the first call", UNIT,
                            published / 1_000_000),
                    String.format("the unit's predikat distribution over %d results read in %d ms", UNIT,
                            distribution / 1_000_000));
            report.forEach(line -> System.out.println("[benchmark] unit publication " + line));
            Files.write(Path.of("target", "unit-publication-benchmark.txt"), report);
        }
    }

    /** {@code count} employees of the template's unit, each with a copy of its locked plan and rated appraisal. */
    private List<String> copies(String tenant, UUID template, int count) throws Exception {
        List<String> nips = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            nips.add(TestNips.pns());
        }
        try (Connection connection = TestDatabase.superuser();
             PreparedStatement employees = connection.prepareStatement("""
                     insert into employee_projection (tenant_id, nip, name, unit_id, unit_name, supervisor_nip,
                                                      active, updated_at)
                     select e.tenant_id, n.nip, 'Pegawai ' || n.nip, e.unit_id, e.unit_name, e.supervisor_nip, true,
                            now()
                     from employee_projection e join appraisal a on a.tenant_id = e.tenant_id and a.nip = e.nip
                     cross join unnest(?::text[]) as n(nip) where a.id = ?""");
             PreparedStatement plans = connection.prepareStatement("""
                     insert into performance_plan (id, tenant_id, period_id, nip, unit_id, rater_nip, status, content,
                            employee_agreed_at, rater_agreed_at, locked_at, created_at, created_by, updated_at,
                            updated_by, version)
                     select gen_random_uuid(), p.tenant_id, p.period_id, n.nip, p.unit_id, p.rater_nip, p.status,
                            p.content, p.employee_agreed_at, p.rater_agreed_at, p.locked_at, now(), 'bench', now(),
                            'bench', p.version
                     from performance_plan p join appraisal a on a.plan_id = p.id
                     cross join unnest(?::text[]) as n(nip) where a.id = ?""");
             PreparedStatement appraisals = connection.prepareStatement("""
                     insert into appraisal (id, tenant_id, plan_id, period_id, nip, unit_id, rater_nip, period_type,
                            period_number, period_start, period_end, year, status, hasil_kerja, hasil_justification,
                            hasil_evidence, perilaku_kerja, perilaku_justification, perilaku_evidence, predikat,
                            revision, created_at, created_by, updated_at, updated_by, version)
                     select gen_random_uuid(), a.tenant_id, p.id, a.period_id, p.nip, a.unit_id, a.rater_nip,
                            a.period_type, a.period_number, a.period_start, a.period_end, a.year, a.status,
                            a.hasil_kerja, a.hasil_justification, a.hasil_evidence, a.perilaku_kerja,
                            a.perilaku_justification, a.perilaku_evidence, a.predikat, a.revision, now(), 'bench',
                            now(), 'bench', a.version
                     from appraisal a join performance_plan p on p.tenant_id = a.tenant_id
                            and p.period_id = a.period_id and p.nip = any(?::text[])
                     where a.id = ? returning id""")) {
            Array array = connection.createArrayOf("text", nips.toArray());
            for (PreparedStatement insert : List.of(employees, plans)) {
                insert.setArray(1, array);
                insert.setObject(2, template);
                insert.executeUpdate();
            }
            appraisals.setArray(1, array);
            appraisals.setObject(2, template);
            List<String> ids = new ArrayList<>(count);
            try (ResultSet rows = appraisals.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getString(1));
                }
            }
            return ids;
        }
    }
}
