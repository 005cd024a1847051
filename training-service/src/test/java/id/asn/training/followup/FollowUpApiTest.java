package id.asn.training.followup;

import static id.asn.platform.testinfra.TestAgency.as;
import static id.asn.training.support.Agency.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import com.fasterxml.jackson.databind.JsonNode;
import id.asn.platform.events.Topics;
import id.asn.platform.testinfra.EventSchemaAssert;
import id.asn.platform.testinfra.TestAgency;
import id.asn.platform.testinfra.TestNips;
import id.asn.platform.testinfra.TopicReader;
import id.asn.training.support.Agency;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * Follow-up evaluation at work (docs/domain.md §2.7): written with the completion, due the configured months later
 * (3 by default), answered once by the employee's direct supervisor alone, published for competency-service.
 */
@QuarkusTest
class FollowUpApiTest {

    private static final List<Map<String, Object>> COMPETENCIES = List.of(
            Map.of("competencyCode", "M5", "targetLevel", 3), Map.of("competencyCode", "M8", "targetLevel", 2));

    private final Agency agency = new Agency("follow-up");

    @Test
    void aCompletionSchedulesAFollowUpDueThreeMonthsLaterThatCannotBeAnsweredBefore() {
        String supervisor = TestNips.pns();
        String employee = TestNips.pns();
        agency.employees("u-fresh", supervisor, employee);
        LocalDate yesterday = LocalDate.now().minusDays(1);
        complete(yesterday, employee);

        JsonPath followUp = onlyFollowUpOf(employee);
        assertThat(followUp.getString("dueOn")).isEqualTo(yesterday.plusMonths(3).toString());
        assertThat(followUp.getString("completedOn")).isEqualTo(yesterday.toString());
        assertThat(followUp.getString("status")).isEqualTo("PENDING");
        assertThat(followUp.getString("supervisorNip")).isEqualTo(supervisor);
        assertThat(followUp.getList("competencies.competencyCode")).containsExactlyInAnyOrder("M5", "M8");
        assertThat(followUp.getInt("competencies.find { it.competencyCode == 'M5' }.targetLevel")).isEqualTo(3);

        as(agency.supervisorToken(supervisor)).body(answer(3, 2))
                .post("/api/v1/follow-ups/" + followUp.getString("id") + "/answer")
                .then().statusCode(422).contentType("application/problem+json");
        as(agency.supervisorToken(supervisor)).queryParam("supervisor", "me").queryParam("status", "PENDING")
                .get("/api/v1/follow-ups").then().statusCode(200).body("totalItems", equalTo(1))
                .body("items[0].nip", equalTo(employee));
        as(agency.supervisorToken(supervisor)).queryParam("status", "DUE").queryParam("status", "OVERDUE")
                .get("/api/v1/follow-ups").then().statusCode(200).body("totalItems", equalTo(0));
    }

    @Test
    void onlyTheDirectSupervisorAnswersADueFollowUpOnceAndTheAnswerIsPublished() throws Exception {
        String supervisor = TestNips.pns();
        String otherSupervisor = TestNips.pns();
        String employee = TestNips.pns();
        String colleague = TestNips.pns();
        agency.employees("u-dinkes", supervisor, employee);
        agency.employees("u-dishub", otherSupervisor, colleague);
        LocalDate completedOn = LocalDate.now().minusMonths(3).minusDays(5);
        String program = complete(completedOn, employee, colleague);
        String id = onlyFollowUpOf(employee).getString("id");
        String path = "/api/v1/follow-ups/" + id;
        String own = agency.supervisorToken(supervisor);

        // lists: the supervisor's own direct reports only, whatever they ask for
        as(own).queryParam("supervisor", "me").queryParam("status", "DUE").get("/api/v1/follow-ups").then()
                .statusCode(200).body("totalItems", equalTo(1)).body("items[0].nip", equalTo(employee))
                .body("items[0].status", equalTo("DUE")).body("items[0].programId", equalTo(program));
        as(own).queryParam("supervisor", otherSupervisor).get("/api/v1/follow-ups").then().statusCode(200)
                .body("totalItems", equalTo(0));
        as(agency.hrAdmin).queryParam("unitId", "u-dishub").get("/api/v1/follow-ups").then().statusCode(200)
                .body("totalItems", equalTo(1)).body("items[0].nip", equalTo(colleague));
        as(agency.hrAdmin).queryParam("supervisor", "me").get("/api/v1/follow-ups").then().statusCode(403);
        as(agency.hrAdmin).queryParam("supervisor", "12345").get("/api/v1/follow-ups").then().statusCode(400)
                .body("errors[0].field", equalTo("supervisor"));
        as(agency.hrAdmin).queryParam("status", "SOMETIME").get("/api/v1/follow-ups").then().statusCode(400);

        // everyone else: another supervisor and another agency do not see it, hr-admin and the employee may not answer
        as(agency.supervisorToken(otherSupervisor)).get(path).then().statusCode(404);
        as(agency.supervisorToken(otherSupervisor)).body(answer(3, 2)).post(path + "/answer").then().statusCode(404);
        Agency foreign = new Agency("follow-up-foreign");
        as(foreign.supervisorToken(supervisor)).get(path).then().statusCode(404);
        as(foreign.supervisorToken(supervisor)).body(answer(3, 2)).post(path + "/answer").then().statusCode(404);
        as(agency.hrAdmin).get(path).then().statusCode(200);
        as(agency.hrAdmin).body(answer(3, 2)).post(path + "/answer").then().statusCode(403);
        as(agency.employeeToken(employee)).get(path).then().statusCode(200);
        as(agency.employeeToken(employee)).body(answer(3, 2)).post(path + "/answer").then().statusCode(403);
        as(agency.supervisorToken(employee)).body(answer(3, 2)).post(path + "/answer").then().statusCode(403);

        // bad answers name the field and change nothing
        as(own).body(Map.of("competencies", List.of(observation("M5", 3, "Menata ulang antrean loket"))))
                .post(path + "/answer").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("competencies"));
        as(own).body(Map.of("competencies", List.of(observation("M5", 3, "Menata ulang antrean loket"),
                        observation("M2", 3, "Bekerja sama"), observation("M8", 2, "Memilah masalah"))))
                .post(path + "/answer").then().statusCode(400).body("errors[0].field", equalTo("competencies[1].competencyCode"));
        as(own).body(Map.of("competencies", List.of(observation("M5", 6, "Menata ulang antrean loket"),
                        observation("M8", 2, " "))))
                .post(path + "/answer").then().statusCode(400)
                .body("errors.field", hasItem("competencies[0].observedLevel"))
                .body("errors.field", hasItem("competencies[1].example"));
        as(own).body(Map.of("competencies", List.of(Map.of("competencyCode", "M5", "observedLevel", "3",
                        "example", "Menata ulang antrean loket"), observation("M8", 2, "Memilah masalah"))))
                .post(path + "/answer").then().statusCode(400)
                .body("errors[0].field", equalTo("competencies[0].observedLevel"));
        as(agency.hrAdmin).get(path).then().body("status", equalTo("DUE"));

        try (TopicReader reader = TopicReader.of(Topics.TRAINING)) {
            as(own).body(answer(3, 1)).post(path + "/answer").then().statusCode(200)
                    .body("status", equalTo("ANSWERED"))
                    .body("answeredOn", equalTo(LocalDate.now().toString()))
                    .body("answeredBy", equalTo(supervisor))
                    .body("competencies.find { it.competencyCode == 'M5' }.applied", equalTo("APPLIED"))
                    .body("competencies.find { it.competencyCode == 'M8' }.applied", equalTo("PARTLY"))
                    .body("competencies.find { it.competencyCode == 'M8' }.example", equalTo("Memilah masalah"));

            List<ConsumerRecord<String, String>> events = reader.await(r -> r.value()
                    .contains("asn.training.follow-up-answered.v1") && employee.equals(r.key()), 1);
            EventSchemaAssert.assertConforms(events.get(0).value());
            JsonNode data = TestAgency.JSON.readTree(events.get(0).value()).get("data");
            assertThat(data.get("followUpId").asText()).isEqualTo(id);
            assertThat(data.get("supervisorNip").asText()).isEqualTo(supervisor);
            assertThat(data.get("programId").asText()).isEqualTo(program);
            assertThat(data.get("completedOn").asText()).isEqualTo(completedOn.toString());
            assertThat(data.get("competencies").toString()).contains("\"observedLevel\":1")
                    .contains("\"applied\":\"PARTLY\"").contains("\"targetLevel\":2");
        }

        as(own).body(answer(4, 2)).post(path + "/answer").then().statusCode(409)
                .contentType("application/problem+json");
        as(own).get(path).then().statusCode(200)
                .body("competencies.find { it.competencyCode == 'M5' }.observedLevel", equalTo(3));
        as(own).queryParam("status", "ANSWERED").get("/api/v1/follow-ups").then().body("totalItems", equalTo(1));
    }

    @Test
    void hrAdminSeesTheOverdueFollowUpsOfTheAgency() {
        String supervisor = TestNips.pns();
        String late = TestNips.pns();
        String onTime = TestNips.pns();
        agency.employees("u-late", supervisor, late, onTime);
        complete(LocalDate.now().minusMonths(5), late);
        complete(LocalDate.now().minusMonths(3).minusDays(2), onTime);

        JsonPath overdue = as(agency.hrAdmin).queryParam("status", "OVERDUE").queryParam("unitId", "u-late")
                .get("/api/v1/follow-ups").then().statusCode(200).extract().jsonPath();
        assertThat(overdue.getList("items.nip")).containsExactly(late);
        assertThat(overdue.getString("items[0].status")).isEqualTo("OVERDUE");
        as(agency.hrAdmin).queryParam("status", "DUE").queryParam("status", "OVERDUE").queryParam("unitId", "u-late")
                .queryParam("size", 1).get("/api/v1/follow-ups").then().statusCode(200)
                .body("totalItems", equalTo(2)).body("totalPages", equalTo(2)).body("items[0].nip", equalTo(late));
        // an overdue follow-up can still be answered
        as(agency.supervisorToken(supervisor)).body(answer(2, 2))
                .post("/api/v1/follow-ups/" + overdue.getString("items[0].id") + "/answer").then().statusCode(200);
    }

    /** Completes a one-day session on {@code day} for these employees; the programme's id. */
    private String complete(LocalDate day, String... nips) {
        String institution = agency.institution();
        String partner = agency.partnerToken(institution);
        String program = agency.program(institution, Map.of("competencies", COMPETENCIES));
        JsonPath session = agency.session(program, 10, "NOMINATION", day).extract().jsonPath();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (String nip : nips) {
            agency.nominate(session.getString("id"), nip);
            rows.add(row("r-" + nip, nip, "PRESENT"));
        }
        as(partner).body(Map.of("rows", rows)).post("/api/v1/attendance/meetings/" + session.getString("meetings[0].id"))
                .then().statusCode(200);
        as(partner).post("/api/v1/sessions/" + session.getString("id") + "/completion").then().statusCode(200)
                .body("status", equalTo(java.util.Collections.nCopies(nips.length, "COMPLETED")));
        return program;
    }

    private JsonPath onlyFollowUpOf(String nip) {
        JsonPath page = as(agency.hrAdmin).queryParam("nip", nip).get("/api/v1/follow-ups").then().statusCode(200)
                .extract().jsonPath();
        assertThat(page.getInt("totalItems")).isEqualTo(1);
        return new JsonPath(TestAgency.JSON.valueToTree(page.getMap("items[0]")).toString());
    }

    private static Map<String, Object> answer(int m5, int m8) {
        return Map.of("competencies", List.of(observation("M5", m5, "Menata ulang antrean loket"),
                observation("M8", m8, "Memilah masalah")));
    }

    private static Map<String, Object> observation(String code, int level, String example) {
        return Map.of("competencyCode", code, "observedLevel", level, "example", example);
    }
}
