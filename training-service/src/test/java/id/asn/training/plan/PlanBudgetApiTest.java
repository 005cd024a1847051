package id.asn.training.plan;

import static id.asn.platform.testinfra.TestAgency.as;
import static id.asn.training.support.Agency.num;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import id.asn.platform.testinfra.TestNips;
import id.asn.training.support.Agency;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PlanBudgetApiTest {

    private final Agency agency = new Agency("plan");

    @Test
    void thePlanIsNeverSilentlyOverBudget() {
        String institution = agency.institution();
        String program = agency.program(institution, Map.of("costPerParticipant", 2_000_000));
        String plan = as(agency.hrAdmin).body(Map.of("year", 2031, "title", "Rencana 2031", "budget", 5_000_000))
                .post("/api/v1/training-plans").then().statusCode(201).body("status", equalTo("DRAFT"))
                .extract().path("id");

        as(agency.hrAdmin).header("Accept-Language", "en").body(Map.of("programId", program, "plannedParticipants", 3))
                .post("/api/v1/training-plans/" + plan + "/items").then().statusCode(422)
                .contentType("application/problem+json").body("detail", containsString("1000000"));
        as(agency.hrAdmin).get("/api/v1/training-plans/" + plan).then().body("items.size()", equalTo(0));

        as(agency.hrAdmin).body(Map.of("programId", program, "plannedParticipants", 3,
                        "overrideReason", "Instruksi Wali Kota 12/2031"))
                .post("/api/v1/training-plans/" + plan + "/items").then().statusCode(200)
                .body("plannedCost", num("6000000")).body("overrides[0].excess", num("1000000"))
                .body("overrides[0].reason", equalTo("Instruksi Wali Kota 12/2031"))
                .body("overrides[0].by", equalTo("hr-" + agency.tenant));
        as(agency.hrAdmin).post("/api/v1/training-plans/" + plan + "/approve").then().statusCode(200)
                .body("status", equalTo("APPROVED"));

        // realised cost: seats in 2031 sessions are charged against the approved budget of 5,000,000
        String session = agency.session(program, 10, "NOMINATION", LocalDate.of(2031, 3, 1)).extract().path("id");
        String a = TestNips.pns();
        String b = TestNips.pns();
        String c = TestNips.pns();
        agency.employees("u-plan", null, a, b, c);
        agency.nominate(session, a);
        agency.nominate(session, b);
        as(agency.hrAdmin).body(Map.of("sessionId", session, "nip", c)).post("/api/v1/enrollments")
                .then().statusCode(422).contentType("application/problem+json");
        as(agency.hrAdmin).body(Map.of("sessionId", session, "nip", c, "overrideReason", "Peserta pengganti"))
                .post("/api/v1/enrollments").then().statusCode(201).body("status", equalTo("ENROLLED"));

        as(agency.hrAdmin).get("/api/v1/training-plans/" + plan).then().statusCode(200)
                .body("realisedCost", num("6000000")).body("remainingBudget", num("-1000000"))
                .body("items[0].realisedParticipants", equalTo(3))
                .body("overrides.action", equalTo(List.of("PLAN_ITEM", "ENROLLMENT")));
        as(agency.hrAdmin).body(Map.of("programId", agency.program(institution, Map.of()), "plannedParticipants", 1))
                .post("/api/v1/training-plans/" + plan + "/items").then().statusCode(422);
    }

    @Test
    void onlyHrAdminPlans() {
        String nip = TestNips.pns();
        as(agency.supervisorToken(nip)).body(Map.of("year", 2031, "title", "x", "budget", 1))
                .post("/api/v1/training-plans").then().statusCode(403);
        as(agency.employeeToken(nip)).get("/api/v1/training-plans").then().statusCode(403);
        String plan = as(agency.hrAdmin).body(Map.of("year", 2032, "title", "x", "budget", 1))
                .post("/api/v1/training-plans").then().statusCode(201).extract().path("id");
        as(new Agency("other").hrAdmin).get("/api/v1/training-plans/" + plan).then().statusCode(404);
    }
}
