package id.asn.competency.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.asn.competency.Agency;
import id.asn.platform.events.EventTypes;
import id.asn.platform.events.Topics;
import id.asn.platform.testinfra.TopicReader;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** training.completed and appraisal.finalized from the broker: applied once, even when delivered twice. */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EvidenceEventsApiTest {

    private static final String RATER = "198003152005011002";

    private final Agency agency = new Agency("evidence");

    @BeforeEach
    void organisation() {
        agency.once(() -> {
            String unit = agency.unit("DISDIK", null);
            String position = agency.position("PGW-01", "PENGAWAS", unit);
            agency.standard(position, LocalDate.of(2025, 1, 1), Map.of("M2", 2, "M3", 2));
        });
    }

    @Test
    void completedTrainingMarksTheGapInDevelopmentOnceWithoutRaisingTheLevel() {
        String nip = agency.newNip();
        agency.employee(nip, "Peserta Diklat", "DISDIK", "PGW-01", null);
        agency.assess(nip, "ASSESSMENT_CENTRE", LocalDate.now().minusMonths(6), Map.of("M2", "1.00"), null);
        String event = cloudEvent(EventTypes.TRAINING_COMPLETED.name(), nip, """
                {"enrollmentId":"enr-%s","nip":"%s","programId":"prog-7","programTitle":"Pelatihan Kerja Sama Tim",
                 "developmentPath":"PELATIHAN_KLASIKAL","institutionName":"BPSDM Provinsi",
                 "competencies":[{"competencyCode":"M2","targetLevel":2}],"jp":24,"startDate":"%s",
                 "completedOn":"%s","certificateNumber":"CERT-001"}"""
                .formatted(nip, nip, LocalDate.now().minusDays(10), LocalDate.now().minusDays(7)));

        TopicReader.publish(Topics.TRAINING, nip, event);
        TopicReader.publish(Topics.TRAINING, nip, event);
        // a later, different completion on the same partition: once it shows, the duplicate before it was handled
        TopicReader.publish(Topics.TRAINING, nip, cloudEvent(EventTypes.TRAINING_COMPLETED.name(), nip, """
                {"enrollmentId":"enr-b-%s","nip":"%s","programTitle":"Orientasi Aplikasi","competencies":[],
                 "jp":2,"completedOn":"%s"}""".formatted(nip, nip, LocalDate.now().minusDays(1))));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                profile(nip).getList("trainings.programTitle")).contains("Orientasi Aplikasi"));
        JsonPath profile = profile(nip);
        assertThat(profile.getList("trainings")).hasSize(2);
        assertThat(profile.getBoolean("lines.find { it.competencyCode == 'M2' }.inDevelopment")).isTrue();
        assertThat(profile.getString("lines.find { it.competencyCode == 'M2' }.currentLevel")).isEqualTo("1.0");
        assertThat(profile.getBoolean("lines.find { it.competencyCode == 'M3' }.inDevelopment")).isFalse();
        assertThat(profile.getList("trainings.programTitle", String.class))
                .containsExactly("Orientasi Aplikasi", "Pelatihan Kerja Sama Tim");

        try (TopicReader competency = TopicReader.of(Topics.COMPETENCY)) {
            var changes = competency.awaitEvents(agency.tenant, EventTypes.COMPETENCY_GAP_CHANGED.name(),
                    e -> nip.equals(e.path("subject").asText()) && e.path("data").path("gaps")
                            .findValues("inDevelopment").stream().anyMatch(v -> v.asBoolean()), 1);
            assertThat(changes).hasSize(1);
        }
    }

    @Test
    void finalizedAppraisalIsShownOnceAsPerformanceEvidence() {
        String nip = agency.newNip();
        agency.employee(nip, "Pegawai Dinilai", "DISDIK", "PGW-01", null);
        String event = cloudEvent(EventTypes.APPRAISAL_FINALIZED.name(), nip, """
                {"appraisalId":"apr-%s","nip":"%s","year":2025,"periodType":"ANNUAL","periodStart":"2025-01-01",
                 "periodEnd":"2025-12-31","hasilKerja":"SESUAI_EKSPEKTASI","perilakuKerja":"DI_ATAS_EKSPEKTASI",
                 "predikat":"BAIK","finalizedOn":"2026-01-20","unitId":"DISDIK","raterNip":"%s","revision":1}"""
                .formatted(nip, nip, RATER));

        TopicReader.publish(Topics.APPRAISAL, nip, event);
        TopicReader.publish(Topics.APPRAISAL, nip, event);
        TopicReader.publish(Topics.APPRAISAL, nip, cloudEvent(EventTypes.APPRAISAL_FINALIZED.name(), nip, """
                {"appraisalId":"apr-2026-%s","nip":"%s","year":2026,"periodType":"PERIODIC",
                 "hasilKerja":"SESUAI_EKSPEKTASI","perilakuKerja":"SESUAI_EKSPEKTASI","predikat":"BAIK",
                 "finalizedOn":"2026-07-05","unitId":"DISDIK","raterNip":"%s","revision":1}""".formatted(nip, nip, RATER)));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                profile(nip).getList("appraisals")).hasSize(2));
        assertThat(profile(nip).getList("appraisals.year", Integer.class)).containsExactly(2026, 2025);
        assertThat(profile(nip).getString("appraisals[1].predikat")).isEqualTo("BAIK");
    }

    @Test
    void aCorrectedRevisionReplacesTheEvidenceAndALowerOrEqualOneIsIgnored() {
        String nip = agency.newNip();
        agency.employee(nip, "Pegawai Keberatan", "DISDIK", "PGW-01", null);
        String appraisal = "apr-obj-" + nip;

        TopicReader.publish(Topics.APPRAISAL, nip, finalized(appraisal, nip, "DI_BAWAH_EKSPEKTASI", "BUTUH_PERBAIKAN", 1));
        TopicReader.publish(Topics.APPRAISAL, nip, finalized(appraisal, nip, "SESUAI_EKSPEKTASI", "BAIK", 2));
        // published again later (a replay, a stale copy): a new event id, so only the revision can refuse them
        TopicReader.publish(Topics.APPRAISAL, nip, finalized(appraisal, nip, "DI_BAWAH_EKSPEKTASI", "SANGAT_KURANG", 1));
        TopicReader.publish(Topics.APPRAISAL, nip, finalized(appraisal, nip, "DI_ATAS_EKSPEKTASI", "SANGAT_BAIK", 2));
        // the marker on the same partition: once it shows, everything before it was handled
        TopicReader.publish(Topics.APPRAISAL, nip, finalized("apr-marker-" + nip, nip, "SESUAI_EKSPEKTASI", "BAIK", 1));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                profile(nip).getList("appraisals")).hasSize(2));
        JsonPath profile = profile(nip);
        assertThat(profile.getString("appraisals.find { it.appraisalId == '" + appraisal + "' }.predikat"))
                .isEqualTo("BAIK");
        assertThat(profile.getString("appraisals.find { it.appraisalId == '" + appraisal + "' }.hasilKerja"))
                .isEqualTo("SESUAI_EKSPEKTASI");
    }

    /** Issue 13 item 6: a completion corrected after its session was reopened is applied once; the highest revision wins. */
    @Test
    void aCorrectedCompletionIsAppliedOnceAndTheHighestRevisionWins() {
        String nip = agency.newNip();
        agency.employee(nip, "Peserta Koreksi", "DISDIK", "PGW-01", null);
        agency.assess(nip, "ASSESSMENT_CENTRE", LocalDate.now().minusMonths(6), Map.of("M2", "1.00"), null);
        String enrollment = "enr-c-" + nip;
        String original = cloudEvent(EventTypes.TRAINING_COMPLETED.name(), nip, """
                {"enrollmentId":"%s","nip":"%s","programId":"prog-9","programTitle":"Pelatihan Kerja Sama Tim",
                 "developmentPath":"PELATIHAN_KLASIKAL","competencies":[{"competencyCode":"M2","targetLevel":2}],
                 "jp":20,"startDate":"%s","completedOn":"%s","certificateNumber":"CERT-C1"}"""
                .formatted(enrollment, nip, LocalDate.now().minusDays(10), LocalDate.now().minusDays(9)));
        TopicReader.publish(Topics.TRAINING, nip, original);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(profile(nip)
                .getBoolean("lines.find { it.competencyCode == 'M2' }.inDevelopment")).isTrue());

        String withdrawal = corrected(enrollment, nip, 2, false);
        TopicReader.publish(Topics.TRAINING, nip, withdrawal);
        TopicReader.publish(Topics.TRAINING, nip, withdrawal);
        // resent under a new id, and the original completion once more: only the revision can refuse them
        TopicReader.publish(Topics.TRAINING, nip, corrected(enrollment, nip, 2, false));
        TopicReader.publish(Topics.TRAINING, nip, original.replaceFirst("\"id\":\"[^\"]+\"",
                "\"id\":\"" + UUID.randomUUID() + "\""));
        TopicReader.awaitConsumed("competency-service", Topics.TRAINING);
        JsonPath withdrawn = profile(nip);
        assertThat(withdrawn.getList("trainings")).isEmpty();
        assertThat(withdrawn.getBoolean("lines.find { it.competencyCode == 'M2' }.inDevelopment")).isFalse();

        // given again (revision 3); the withdrawal it overtook, arriving late, changes nothing
        TopicReader.publish(Topics.TRAINING, nip, corrected(enrollment, nip, 3, true));
        TopicReader.publish(Topics.TRAINING, nip, corrected(enrollment, nip, 2, false));
        TopicReader.awaitConsumed("competency-service", Topics.TRAINING);
        JsonPath again = profile(nip);
        assertThat(again.getList("trainings.certificateNumber")).containsExactly("CERT-C1R");
        assertThat(again.getBoolean("lines.find { it.competencyCode == 'M2' }.inDevelopment")).isTrue();
    }

    private String corrected(String enrollment, String nip, int revision, boolean completed) {
        return cloudEvent(EventTypes.TRAINING_COMPLETION_CORRECTED.name(), nip, """
                {"enrollmentId":"%s","nip":"%s","revision":%d,"completed":%s,"programId":"prog-9",
                 "programTitle":"Pelatihan Kerja Sama Tim","developmentPath":"PELATIHAN_KLASIKAL",
                 "competencies":[{"competencyCode":"M2","targetLevel":2}],"jp":%s,"startDate":"%s",
                 "completedOn":%s,"certificateNumber":%s,"revokedCertificateNumber":%s,
                 "reason":"Daftar hadir manual diterima"}"""
                .formatted(enrollment, nip, revision, completed, completed ? "20" : "0",
                        LocalDate.now().minusDays(10),
                        completed ? "\"" + LocalDate.now().minusDays(9) + "\"" : "null",
                        completed ? "\"CERT-C1R\"" : "null", completed ? "null" : "\"CERT-C1\""));
    }

    private String finalized(String appraisalId, String nip, String hasil, String predikat, int revision) {
        return cloudEvent(EventTypes.APPRAISAL_FINALIZED.name(), nip, """
                {"appraisalId":"%s","nip":"%s","year":2025,"periodType":"ANNUAL","periodStart":"2025-01-01",
                 "periodEnd":"2025-12-31","hasilKerja":"%s","perilakuKerja":"SESUAI_EKSPEKTASI","predikat":"%s",
                 "finalizedOn":"2026-01-20","unitId":"DISDIK","raterNip":"%s","revision":%d}"""
                .formatted(appraisalId, nip, hasil, predikat, RATER, revision));
    }

    private JsonPath profile(String nip) {
        return agency.hrAdmin().get("/api/v1/employees/" + nip + "/profile").then().statusCode(200).extract()
                .jsonPath();
    }

    private String cloudEvent(String type, String nip, String data) {
        return """
                {"specversion":"1.0","id":"%s","source":"/other-service","type":"%s","subject":"%s",
                 "time":"2026-11-22T10:00:00Z","datacontenttype":"application/json","tenant":"%s","data":%s}"""
                .formatted(UUID.randomUUID(), type, nip, agency.tenant, data);
    }
}
