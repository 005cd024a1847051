package id.asn.training.evaluation;

import static id.asn.platform.testinfra.TestAgency.as;
import static id.asn.training.support.Agency.num;
import static id.asn.training.support.Agency.row;
import static org.hamcrest.Matchers.equalTo;

import id.asn.platform.testinfra.TestNips;
import id.asn.training.support.Agency;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class EvaluationApiTest {

    private final Agency agency = new Agency("evaluation");

    private static Map<String, Object> scores(String enrollmentId, int value) {
        return Map.of("enrollmentId", enrollmentId, "relevance", value, "content", value, "facilitator", value,
                "organisation", value, "usefulness", value, "comment", "Baik");
    }

    @Test
    void onlyParticipantsWhoAttendedGiveFeedbackAndTheProgrammeIsSummarised() {
        String attended = TestNips.pns();
        String absent = TestNips.pns();
        agency.employees("u-eval", null, attended, absent);
        String institution = agency.institution();
        String partner = agency.partnerToken(institution);
        String program = agency.program(institution, Map.of());
        JsonPath session = agency.session(program, 5, "NOMINATION", LocalDate.of(2026, 4, 6)).extract().jsonPath();
        String attendedEnrollment = agency.nominate(session.getString("id"), attended);
        String absentEnrollment = agency.nominate(session.getString("id"), absent);
        as(partner).body(Map.of("rows", List.of(row("e-1", attended, "LATE"), row("e-2", absent, "ABSENT"))))
                .post("/api/v1/attendance/meetings/" + session.getString("meetings[0].id")).then().statusCode(200);
        as(partner).body(Map.of("rows", List.of(Map.of("nip", attended, "preTest", 40, "postTest", 70))))
                .post("/api/v1/sessions/" + session.getString("id") + "/results").then().statusCode(200);

        as(agency.employeeToken(absent)).body(scores(absentEnrollment, 5)).post("/api/v1/evaluations")
                .then().statusCode(422).contentType("application/problem+json");
        // someone else's enrolment does not exist for the caller
        as(agency.employeeToken(absent)).body(scores(attendedEnrollment, 5)).post("/api/v1/evaluations")
                .then().statusCode(404);
        as(agency.employeeToken(attended)).body(scores(attendedEnrollment, 6)).post("/api/v1/evaluations")
                .then().statusCode(400);
        as(agency.employeeToken(attended)).body(scores(attendedEnrollment, 4)).post("/api/v1/evaluations")
                .then().statusCode(201).body("relevance", equalTo(4));
        as(agency.employeeToken(attended)).body(scores(attendedEnrollment, 4)).post("/api/v1/evaluations")
                .then().statusCode(409);

        as(agency.hrAdmin).get("/api/v1/evaluations/programs/" + program + "/summary").then().statusCode(200)
                .body("responses", equalTo(1)).body("overall", num("4")).body("participants", equalTo(2))
                .body("withBothTests", equalTo(1)).body("averageGain", num("30"))
                .body("averageNormalizedGain", num("0.5"));
        as(agency.employeeToken(attended)).get("/api/v1/evaluations").then().body("totalItems", equalTo(1));
        as(agency.employeeToken(absent)).get("/api/v1/evaluations").then().body("totalItems", equalTo(0));
        as(agency.employeeToken(attended)).get("/api/v1/evaluations/programs/" + program + "/summary")
                .then().statusCode(403);
    }
}
