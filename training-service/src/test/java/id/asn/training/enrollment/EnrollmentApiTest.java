package id.asn.training.enrollment;

import static id.asn.platform.testinfra.TestAgency.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import id.asn.platform.events.EventTypes;
import id.asn.platform.events.Topics;
import id.asn.platform.events.employee.EmployeeChangedV1;
import id.asn.platform.testinfra.EventSchemaAssert;
import id.asn.platform.testinfra.TestNips;
import id.asn.platform.testinfra.TopicReader;
import id.asn.training.support.Agency;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

@QuarkusTest
class EnrollmentApiTest {

    private final Agency agency = new Agency("enrollment");

    @Test
    void aRequestIsApprovedByTheSupervisorAndAFullSessionKeepsAWaitlist() {
        String supervisor = TestNips.pns();
        String first = TestNips.pns();
        String second = TestNips.pns();
        agency.employees("u-enr", null, supervisor);
        agency.employees("u-enr", supervisor, first, second);
        String program = agency.program(agency.institution(), Map.of());
        String session = agency.session(program, 1, "REQUEST", LocalDate.of(2026, 9, 1)).extract().path("id");

        try (TopicReader reader = TopicReader.of(Topics.TRAINING)) {
            String requested = as(agency.employeeToken(first)).body(Map.of("sessionId", session))
                    .post("/api/v1/enrollments").then().statusCode(201).body("status", equalTo("REQUESTED"))
                    .body("origin", equalTo("REQUEST")).extract().path("id");
            as(agency.employeeToken(first)).body(Map.of("sessionId", session)).post("/api/v1/enrollments")
                    .then().statusCode(409);
            as(agency.supervisorToken(supervisor)).body(Map.of()).post("/api/v1/enrollments/" + requested + "/approve")
                    .then().statusCode(200).body("status", equalTo("ENROLLED"));

            String waiting = as(agency.supervisorToken(supervisor)).body(Map.of("sessionId", session, "nip", second))
                    .post("/api/v1/enrollments").then().statusCode(201).body("status", equalTo("WAITLISTED"))
                    .extract().path("id");
            as(agency.hrAdmin).get("/api/v1/sessions/" + session).then()
                    .body("enrolled", equalTo(1)).body("waitlisted", equalTo(1));

            as(agency.employeeToken(first)).post("/api/v1/enrollments/" + requested + "/cancel")
                    .then().statusCode(200).body("status", equalTo("CANCELLED"));
            as(agency.employeeToken(second)).get("/api/v1/enrollments/" + waiting).then()
                    .body("status", equalTo("ENROLLED"));

            List<ConsumerRecord<String, String>> enrolled = reader.await(r -> r.value().contains("asn.training.enrolled.v1")
                    && r.value().contains(session), 2);
            assertThat(enrolled).extracting(ConsumerRecord::key).containsExactlyInAnyOrder(first, second);
            enrolled.forEach(e -> EventSchemaAssert.assertConforms(e.value()));
        }
        as(agency.supervisorToken(supervisor)).get("/api/v1/enrollments?sessionId=" + session).then()
                .body("totalItems", equalTo(2));
        as(agency.employeeToken(second)).get("/api/v1/enrollments?sessionId=" + session).then()
                .body("totalItems", equalTo(1));
    }

    @Test
    void aNominationOnlySessionRefusesRequests() {
        String nip = TestNips.pns();
        agency.employees("u-enr", null, nip);
        String program = agency.program(agency.institution(), Map.of());
        String session = agency.session(program, 5, "NOMINATION", LocalDate.of(2026, 9, 1)).extract().path("id");
        as(agency.employeeToken(nip)).body(Map.of("sessionId", session)).post("/api/v1/enrollments")
                .then().statusCode(422).contentType("application/problem+json");
        as(agency.hrAdmin).body(Map.of("sessionId", session, "nip", TestNips.pns())).post("/api/v1/enrollments")
                .then().statusCode(422);
    }

    @Test
    void aNewSupervisorFromEmployeeChangedSeesTheReport() {
        String oldBoss = TestNips.pns();
        String newBoss = TestNips.pns();
        String nip = TestNips.pns();
        agency.employees("u-enr", null, oldBoss, newBoss);
        agency.employees("u-enr", oldBoss, nip);
        as(agency.supervisorToken(newBoss)).get("/api/v1/jp-ledger/" + nip).then().statusCode(404);

        agency.publish(EventTypes.EMPLOYEE_CHANGED, nip,
                new EmployeeChangedV1(Agency.snapshot(nip, "u-enr", newBoss), List.of("supervisorNip")));
        await().atMost(Duration.ofSeconds(30)).until(() ->
                as(agency.supervisorToken(newBoss)).get("/api/v1/jp-ledger/" + nip).statusCode() == 200);
        as(agency.supervisorToken(oldBoss)).get("/api/v1/jp-ledger/" + nip).then().statusCode(404);
    }

    @Test
    void aSpacedNipAsPrintedOnDecreesIsNominated() {
        String nip = TestNips.pns();
        agency.employees("u-enr", null, nip);
        String program = agency.program(agency.institution(), Map.of());
        String session = agency.session(program, 5, "NOMINATION", LocalDate.of(2026, 9, 1)).extract().path("id");

        as(agency.hrAdmin).body(Map.of("sessionId", session, "nip", TestNips.printed(nip)))
                .post("/api/v1/enrollments").then().statusCode(201)
                .body("nip", equalTo(nip)).body("status", equalTo("ENROLLED"));
        as(agency.hrAdmin).get("/api/v1/enrollments?sessionId=" + session + "&nip=" + TestNips.printed(nip)).then()
                .statusCode(200).body("totalItems", equalTo(1));
        as(agency.hrAdmin).body(Map.of("sessionId", session, "nip", "19861326 201505 1 001"))
                .post("/api/v1/enrollments").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("nip")));
    }
}
