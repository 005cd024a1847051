package id.asn.appraisal.period;

import static id.asn.platform.testinfra.TestAgency.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import id.asn.appraisal.support.Agency;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PeriodsApiTest {

    private final Agency agency = new Agency("periods");

    @Test
    void opensAPeriodWithTheConfiguredDeadlinesAndQuarterlyEvaluations() {
        as(agency.hrAdmin).body(Map.of("year", 2026)).post("/api/v1/appraisal-periods").then().statusCode(201)
                .body("frequency", equalTo("QUARTERLY"))
                .body("startsOn", equalTo("2026-01-01")).body("endsOn", equalTo("2026-12-31"))
                .body("planDueOn", equalTo("2026-01-31")).body("evaluationDueOn", equalTo("2027-01-31"))
                .body("objectionDays", equalTo(14)).body("objectionDayKind", equalTo("CALENDAR"))
                .body("periodicEvaluations.size()", equalTo(4))
                .body("periodicEvaluations[1].start", equalTo("2026-04-01"))
                .body("periodicEvaluations[1].end", equalTo("2026-06-30"));
        as(agency.hrAdmin).body(Map.of("year", 2026, "frequency", "MONTHLY")).post("/api/v1/appraisal-periods")
                .then().statusCode(409).contentType("application/problem+json");
        as(agency.hrAdmin).get("/api/v1/appraisal-periods").then().statusCode(200)
                .body("items.year", hasItem(2026));
    }

    @Test
    void anAgencyChoosesMonthlyEvaluationsAndItsOwnWindowAndARetryOpensNothingTwice() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = Map.of("year", 2027, "frequency", "MONTHLY", "objectionDays", 10,
                "objectionDayKind", "WORKING");
        String id = as(agency.hrAdmin).header("Idempotency-Key", key).body(body).post("/api/v1/appraisal-periods")
                .then().statusCode(201).body("periodicEvaluations.size()", equalTo(12))
                .body("objectionDays", equalTo(10)).extract().path("id");
        as(agency.hrAdmin).header("Idempotency-Key", key).body(body).post("/api/v1/appraisal-periods")
                .then().statusCode(201).header("Idempotent-Replayed", "true").body("id", equalTo(id));
    }

    @Test
    void refusesDeadlinesOutsideTheYearNamingTheField() {
        as(agency.hrAdmin).body(Map.of("year", 2028, "planDueOn", "2029-02-01", "evaluationDueOn", "2028-06-30"))
                .post("/api/v1/appraisal-periods").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("planDueOn")).body("errors.field", hasItem("evaluationDueOn"));
        as(agency.hrAdmin).body(Map.of("frequency", "WEEKLY")).post("/api/v1/appraisal-periods")
                .then().statusCode(400).contentType("application/problem+json");
    }
}
