package id.asn.appraisal.plan;

import static id.asn.platform.testinfra.TestAgency.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import id.asn.appraisal.support.Agency;
import id.asn.platform.testinfra.TestNips;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PlansApiTest {

    private final Agency agency = new Agency("plans");

    @Test
    void aPlanIsDraftedAgreedByBothSidesAndLockedWithEveryChangeKept() {
        String rater = TestNips.pns();
        String employee = TestNips.pns();
        agency.employees("u-plan", null, rater);
        agency.employees("u-plan", rater, employee);
        String period = agency.period(2026);

        JsonPath drafted = as(agency.employeeToken(employee))
                .body(Map.of("periodId", period, "content", Agency.content("Layanan izin cepat")))
                .post("/api/v1/performance-plans").then().statusCode(201)
                .body("status", equalTo("DRAFT")).body("raterNip", equalTo(rater)).body("unitId", equalTo("u-plan"))
                .body("workResults[0].id", notNullValue()).body("workResults[0].indicators[1].aspect", equalTo("WAKTU"))
                .body("expectations.size()", equalTo(7)).extract().jsonPath();
        String plan = drafted.getString("id");

        int version = as(agency.employeeToken(employee)).body(Map.of("version", 0))
                .post("/api/v1/performance-plans/" + plan + "/agreement").then().statusCode(200)
                .body("status", equalTo("DRAFT")).body("employeeAgreedAt", notNullValue()).extract().path("version");
        version = as(agency.supervisorToken(rater)).body(Map.of("version", version))
                .post("/api/v1/performance-plans/" + plan + "/agreement").then().statusCode(200)
                .body("status", equalTo("AGREED")).extract().path("version");

        // the rater changes a target after both agreed: back to draft, both must agree again
        Map<String, Object> content = new HashMap<>(Agency.content("Layanan izin lebih cepat"));
        @SuppressWarnings("unchecked")
        Map<String, Object> work = new HashMap<>(((List<Map<String, Object>>) content.get("workResults")).get(0));
        work.put("id", drafted.getString("workResults[0].id"));
        content.put("workResults", List.of(work));
        version = as(agency.supervisorToken(rater)).body(Map.of("version", version, "content", content))
                .put("/api/v1/performance-plans/" + plan).then().statusCode(200)
                .body("status", equalTo("DRAFT")).body("employeeAgreedAt", nullValue())
                .body("workResults[0].id", equalTo(drafted.getString("workResults[0].id")))
                .body("workResults[0].rhk", equalTo("Layanan izin lebih cepat")).extract().path("version");
        // an edit against the version read before is refused
        as(agency.employeeToken(employee)).body(Map.of("version", 0, "content", content))
                .put("/api/v1/performance-plans/" + plan).then().statusCode(409);
        // locking needs both agreements
        as(agency.supervisorToken(rater)).body(Map.of("version", version))
                .post("/api/v1/performance-plans/" + plan + "/lock").then().statusCode(422);

        version = as(agency.employeeToken(employee)).body(Map.of("version", version))
                .post("/api/v1/performance-plans/" + plan + "/agreement").then().statusCode(200)
                .extract().path("version");
        version = as(agency.supervisorToken(rater)).body(Map.of("version", version))
                .post("/api/v1/performance-plans/" + plan + "/agreement").then().statusCode(200)
                .extract().path("version");
        version = as(agency.supervisorToken(rater)).body(Map.of("version", version))
                .post("/api/v1/performance-plans/" + plan + "/lock").then().statusCode(200)
                .body("status", equalTo("LOCKED")).body("lockedAt", notNullValue()).extract().path("version");
        as(agency.employeeToken(employee)).body(Map.of("version", version, "content", content))
                .put("/api/v1/performance-plans/" + plan).then().statusCode(422);

        as(agency.employeeToken(employee)).get("/api/v1/performance-plans/" + plan + "/history").then()
                .statusCode(200)
                .body("action", equalTo(List.of("CREATED", "AGREED_BY_EMPLOYEE", "AGREED_BY_RATER", "EDITED",
                        "AGREED_BY_EMPLOYEE", "AGREED_BY_RATER", "LOCKED")))
                .body("[0].by", equalTo("asn-" + employee)).body("[3].by", equalTo("asn-" + rater))
                .body("[0].content.workResults[0].rhk", equalTo("Layanan izin cepat"))
                .body("[3].content.workResults[0].rhk", equalTo("Layanan izin lebih cepat"))
                .body("[0].at", notNullValue());
    }

    @Test
    void refusesAPlanWithoutAllSevenValuesOrAnRhkUtamaNamingTheField() {
        String rater = TestNips.pns();
        String employee = TestNips.pns();
        agency.employees("u-val", null, rater);
        agency.employees("u-val", rater, employee);
        String period = agency.period(2027);
        Map<String, Object> content = new HashMap<>(Agency.content("Layanan"));
        @SuppressWarnings("unchecked")
        List<Object> expectations = (List<Object>) content.get("expectations");
        content.put("expectations", List.of(expectations.get(0), expectations.get(0), expectations.get(1),
                expectations.get(2), expectations.get(3), expectations.get(4), expectations.get(5)));
        @SuppressWarnings("unchecked")
        Map<String, Object> work = new HashMap<>(((List<Map<String, Object>>) content.get("workResults")).get(0));
        work.put("category", "TAMBAHAN");
        content.put("workResults", List.of(work));

        as(agency.employeeToken(employee)).body(Map.of("periodId", period, "content", content))
                .post("/api/v1/performance-plans").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("content.expectations"))
                .body("errors.field", hasItem("content.workResults"));
        as(agency.employeeToken(employee)).body(Map.of("periodId", period, "content",
                        Map.of("workResults", List.of(), "expectations", List.of())))
                .post("/api/v1/performance-plans").then().statusCode(400)
                .body("errors.field", hasItem("content.workResults"));
        as(agency.employeeToken(employee)).body(Map.of("periodId", period, "nip", "1234",
                        "content", Agency.content("Layanan")))
                .post("/api/v1/performance-plans").then().statusCode(400).body("errors.field", hasItem("nip"));
        // nothing was half-written
        as(agency.hrAdmin).get("/api/v1/performance-plans?periodId=" + period).then().body("totalItems", equalTo(0));
    }

    @Test
    void theRaterDraftsForAReportByASpacedNipAndNotForSomeoneElse() {
        String rater = TestNips.pns();
        String report = TestNips.pns();
        String stranger = TestNips.pns();
        agency.employees("u-draft", null, rater, stranger);
        agency.employees("u-draft", rater, report);
        String period = agency.period(2028);

        as(agency.supervisorToken(rater)).body(Map.of("periodId", period, "nip", TestNips.printed(report),
                        "content", Agency.content("Layanan")))
                .post("/api/v1/performance-plans").then().statusCode(201).body("nip", equalTo(report));
        as(agency.supervisorToken(rater)).body(Map.of("periodId", period, "nip", stranger,
                        "content", Agency.content("Layanan")))
                .post("/api/v1/performance-plans").then().statusCode(404);
        as(agency.employeeToken(stranger)).body(Map.of("periodId", period, "content", Agency.content("Layanan")))
                .post("/api/v1/performance-plans").then().statusCode(422).contentType("application/problem+json");
        as(agency.supervisorToken(rater)).get("/api/v1/performance-plans?periodId=" + period).then()
                .body("totalItems", equalTo(1)).body("items[0].nip", equalTo(report));
    }
}
