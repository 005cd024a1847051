package id.asn.appraisal.period;

import static id.asn.platform.testinfra.TestAgency.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;

import id.asn.appraisal.support.Agency;
import id.asn.appraisal.support.ShiftedCalendar;
import id.asn.platform.testinfra.TestNips;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The period's deadlines are enforced (docs/domain.md §3.3): no plan agreed after {@code planDueOn}, no evaluation
 * rated or finalized after {@code evaluationDueOn}, each refusal a problem+json naming the deadline.
 */
@QuarkusTest
class DeadlinesApiTest {

    private final Agency agency = new Agency("deadlines");

    @Test
    void noPlanIsAgreedAfterThePlanDeadline() {
        String rater = TestNips.pns();
        String employee = TestNips.pns();
        agency.employees("u-dl-plan", null, rater);
        agency.employees("u-dl-plan", rater, employee);
        // the default: plans agreed by 31 January of the year, long past for 2025
        String period = agency.period(Map.of("year", 2025));
        as(agency.hrAdmin).get("/api/v1/appraisal-periods/" + period).then().body("planDueOn", equalTo("2025-01-31"));
        String plan = agency.plan(period, employee);

        as(agency.employeeToken(employee)).body(Map.of("version", 0))
                .post("/api/v1/performance-plans/" + plan + "/agreement").then().statusCode(422)
                .contentType("application/problem+json").body("detail", containsString("2025-01-31"));
        as(agency.employeeToken(employee)).get("/api/v1/performance-plans/" + plan).then()
                .body("status", equalTo("DRAFT")).body("employeeAgreedAt", nullValue());

    }

    @Test
    void hrAdminMovesTheDeadlinesAndThePlanCanBeAgreedAgain() {
        String rater = TestNips.pns();
        String employee = TestNips.pns();
        agency.employees("u-dl-move", null, rater);
        agency.employees("u-dl-move", rater, employee);
        int year = LocalDate.now(ZoneId.of("Asia/Jakarta")).getYear();
        // opened with the defaults: 31 January of this year, already past whenever this runs after January
        String period = agency.period(Map.of("year", year, "planDueOn", year + "-01-01"));
        String plan = agency.plan(period, employee);
        as(agency.employeeToken(employee)).body(Map.of("version", 0))
                .post("/api/v1/performance-plans/" + plan + "/agreement").then().statusCode(422)
                .body("detail", containsString(year + "-01-01"));

        as(agency.hrAdmin).body(Map.of("version", 0, "planDueOn", (year + 1) + "-01-15",
                        "evaluationDueOn", year + "-12-01")).put("/api/v1/appraisal-periods/" + period + "/deadlines")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItems("planDueOn", "evaluationDueOn"));
        as(agency.hrAdmin).body(Map.of("version", 0, "planDueOn", year + "-12-31", "evaluationDueOn",
                        (year + 1) + "-02-28")).put("/api/v1/appraisal-periods/" + period + "/deadlines")
                .then().statusCode(200).body("planDueOn", equalTo(year + "-12-31"))
                .body("evaluationDueOn", equalTo((year + 1) + "-02-28")).body("objectionDays", equalTo(14));
        as(agency.hrAdmin).body(Map.of("version", 0, "planDueOn", year + "-12-31", "evaluationDueOn",
                (year + 1) + "-02-28")).put("/api/v1/appraisal-periods/" + period + "/deadlines").then().statusCode(409);

        as(agency.employeeToken(employee)).body(Map.of("version", 0))
                .post("/api/v1/performance-plans/" + plan + "/agreement").then().statusCode(200);
    }

    @Test
    void noEvaluationIsRatedOrFinalizedAfterTheEvaluationDeadline() {
        String rater = TestNips.pns();
        String employee = TestNips.pns();
        agency.employees("u-dl-eval", null, rater);
        agency.employees("u-dl-eval", rater, employee);
        int year = LocalDate.now(ZoneId.of("Asia/Jakarta")).getYear();
        String period = agency.period(year);
        LocalDate due = LocalDate.of(year + 1, 1, 31);
        as(agency.hrAdmin).get("/api/v1/appraisal-periods/" + period).then()
                .body("evaluationDueOn", equalTo(due.toString()));
        String appraisal = agency.appraisal(agency.lockedPlan(period, employee, rater), rater);
        String token = agency.supervisorToken(rater);
        Map<String, Object> rating = Map.of("version", 0, "hasilKerja", Agency.rating("SESUAI_EKSPEKTASI"),
                "perilakuKerja", Agency.rating("SESUAI_EKSPEKTASI"));
        int pastDue = (int) ChronoUnit.DAYS.between(LocalDate.now(ZoneId.of("Asia/Jakarta")), due) + 1;

        ShiftedCalendar.ahead(pastDue, () -> as(token).body(rating).put("/api/v1/appraisals/" + appraisal + "/rating")
                .then().statusCode(422).contentType("application/problem+json")
                .body("detail", containsString(due.toString())));
        // the last day still counts
        int version = ShiftedCalendar.ahead(pastDue - 1, () -> as(token).body(rating)
                .put("/api/v1/appraisals/" + appraisal + "/rating").then().statusCode(200).extract().path("version"));
        ShiftedCalendar.ahead(pastDue, () -> as(token).body(Map.of("version", version))
                .post("/api/v1/appraisals/" + appraisal + "/finalization").then().statusCode(422)
                .body("detail", containsString(due.toString())));
        as(token).get("/api/v1/appraisals/" + appraisal).then().body("status", equalTo("RATED"));
    }
}
