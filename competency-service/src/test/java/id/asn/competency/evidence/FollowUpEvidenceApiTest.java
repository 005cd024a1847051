package id.asn.competency.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import id.asn.competency.Agency;
import id.asn.platform.events.EventTypes;
import id.asn.platform.events.Topics;
import id.asn.platform.kit.caller.Roles;
import id.asn.platform.testinfra.TopicReader;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * asn.training.follow-up-answered.v1 from the broker (docs/domain.md §2.7): recorded once as evidence of method
 * SUPERVISOR_OBSERVATION, which the evidence rule (§1.8.2) ranks below the professional methods and above a
 * supervisor's or one's own rating.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FollowUpEvidenceApiTest {

    private static final String SUPERVISOR = "197805122003121002";

    private final Agency agency = new Agency("follow-up-evidence");

    @BeforeEach
    void organisation() {
        agency.once(() -> {
            String unit = agency.unit("DINKES", null);
            String position = agency.position("PLY-01", "PELAKSANA", unit);
            agency.standard(position, LocalDate.of(2025, 1, 1), Map.of("M5", 3, "M8", 3));
        });
    }

    @Test
    void theObservationIsRecordedOnceAndCountsUnderTheEvidenceRule() {
        String nip = agency.newNip();
        agency.employee(nip, "Perawat Pelaksana", "DINKES", "PLY-01", SUPERVISOR);
        // M5 rests on the employee's own rating, M8 on an assessment centre
        agency.assess(nip, "SELF", LocalDate.now().minusMonths(8), Map.of("M5", "2.00"), null);
        agency.assess(nip, "ASSESSMENT_CENTRE", LocalDate.now().minusMonths(8), Map.of("M8", "2.00"), null);
        String followUp = "fu-" + UUID.randomUUID();
        String event = cloudEvent(nip, answered(followUp, nip, 3, 3));

        TopicReader.publish(Topics.TRAINING, nip, event);
        TopicReader.publish(Topics.TRAINING, nip, event);
        // the same answer again under a new event id (a replay): the follow-up id alone must refuse it
        TopicReader.publish(Topics.TRAINING, nip, cloudEvent(nip,
                answered(followUp, nip, 1, 1)));
        // a later event on the same partition: once it shows, everything before it was handled
        TopicReader.publish(Topics.TRAINING, nip, cloudEvent(nip, """
                {"enrollmentId":"enr-marker-%s","nip":"%s","programTitle":"Penanda","competencies":[],
                 "jp":2,"completedOn":"%s"}""".formatted(nip, nip, LocalDate.now().minusDays(1)),
                EventTypes.TRAINING_COMPLETED.name()));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                profile(nip).getList("trainings.programTitle")).contains("Penanda"));
        JsonPath profile = profile(nip);
        List<Map<String, Object>> observations = profile.getList(
                "assessments.findAll { it.method == 'SUPERVISOR_OBSERVATION' }");
        assertThat(observations).hasSize(1);
        assertThat(profile.getString("assessments.find { it.method == 'SUPERVISOR_OBSERVATION' }.assessor"))
                .isEqualTo(SUPERVISOR);
        assertThat(profile.getString("assessments.find { it.method == 'SUPERVISOR_OBSERVATION' }.assessedOn"))
                .isEqualTo(LocalDate.now().minusDays(2).toString());
        assertThat(profile.getString("assessments.find { it.method == 'SUPERVISOR_OBSERVATION' }.examples.M5"))
                .isEqualTo("Menata ulang alur loket");
        // above one's own rating: the observation corrects M5 to what the supervisor sees
        assertThat(profile.getString("lines.find { it.competencyCode == 'M5' }.currentLevel")).isEqualTo("3.0");
        assertThat(profile.getString("lines.find { it.competencyCode == 'M5' }.basedOn.method"))
                .isEqualTo("SUPERVISOR_OBSERVATION");
        // below the assessment centre: shown as evidence, the level stays the assessor's
        assertThat(profile.getString("lines.find { it.competencyCode == 'M8' }.currentLevel")).isEqualTo("2.0");
        assertThat(profile.getString("lines.find { it.competencyCode == 'M8' }.basedOn.method"))
                .isEqualTo("ASSESSMENT_CENTRE");
    }

    @Test
    void aNewerObservationReplacesAnOlderOneAndUnknownCompetenciesAreLeftOut() {
        String nip = agency.newNip();
        agency.employee(nip, "Staf Pelayanan", "DINKES", "PLY-01", SUPERVISOR);
        TopicReader.publish(Topics.TRAINING, nip, cloudEvent(nip,
                answered("fu-old-" + nip, nip, 2, 2).replace("\"answeredOn\":\"" + LocalDate.now().minusDays(2),
                        "\"answeredOn\":\"" + LocalDate.now().minusMonths(4))));
        TopicReader.publish(Topics.TRAINING, nip, cloudEvent(nip,
                answered("fu-new-" + nip, nip, 4, 3).replace("\"M8\"", "\"T.TIDAK.ADA\"")));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(profile(nip).getList(
                "assessments.findAll { it.method == 'SUPERVISOR_OBSERVATION' }")).hasSize(2));
        JsonPath profile = profile(nip);
        assertThat(profile.getString("lines.find { it.competencyCode == 'M5' }.currentLevel")).isEqualTo("4.0");
        assertThat(profile.getString("lines.find { it.competencyCode == 'M8' }.currentLevel")).isEqualTo("2.0");
        assertThat(profile.getMap("assessments.find { it.assessedOn == '" + LocalDate.now().minusDays(2)
                + "' }.scores")).containsOnlyKeys("M5");
    }

    @Test
    void theAssessmentsApiDoesNotTakeAnObservation() {
        String nip = agency.newNip();
        agency.employee(nip, "Pegawai Lain", "DINKES", "PLY-01", SUPERVISOR);
        agency.as(agency.token(Roles.ASSESSOR)).body(Map.of("nip", nip, "method", "SUPERVISOR_OBSERVATION",
                        "assessedOn", LocalDate.now().toString(),
                        "scores", List.of(Map.of("competencyCode", "M5", "score", 3))))
                .post("/api/v1/assessments").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("method"));
    }

    private String answered(String followUpId, String nip, int m5, int m8) {
        return """
                {"followUpId":"%s","nip":"%s","supervisorNip":"%s","enrollmentId":"enr-%s",
                 "programId":"prog-9","programTitle":"Pelatihan Pelayanan Prima","completedOn":"%s",
                 "dueOn":"%s","answeredOn":"%s","competencies":[
                   {"competencyCode":"M5","targetLevel":3,"observedLevel":%d,"applied":"APPLIED",
                    "example":"Menata ulang alur loket"},
                   {"competencyCode":"M8","targetLevel":3,"observedLevel":%d,"applied":"APPLIED",
                    "example":"Membandingkan dua pilihan jadwal jaga"}]}"""
                .formatted(followUpId, nip, SUPERVISOR, followUpId, LocalDate.now().minusMonths(3).minusDays(9),
                        LocalDate.now().minusDays(9), LocalDate.now().minusDays(2), m5, m8);
    }

    private JsonPath profile(String nip) {
        return agency.hrAdmin().get("/api/v1/employees/" + nip + "/profile").then().statusCode(200).extract()
                .jsonPath();
    }

    private String cloudEvent(String nip, String data) {
        return cloudEvent(nip, data, EventTypes.TRAINING_FOLLOW_UP_ANSWERED.name());
    }

    private String cloudEvent(String nip, String data, String type) {
        return """
                {"specversion":"1.0","id":"%s","source":"/training-service","type":"%s","subject":"%s",
                 "time":"2026-11-22T10:00:00Z","datacontenttype":"application/json","tenant":"%s","data":%s}"""
                .formatted(UUID.randomUUID(), type, nip, agency.tenant, data);
    }
}
