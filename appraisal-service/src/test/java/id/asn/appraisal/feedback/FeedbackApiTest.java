package id.asn.appraisal.feedback;

import static id.asn.platform.testinfra.TestAgency.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import id.asn.appraisal.support.Agency;
import id.asn.platform.testinfra.TestNips;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Continuous feedback (docs/domain.md §3.8): dated entries per RHK and per value, from both sides. */
@QuarkusTest
class FeedbackApiTest {

    private final Agency agency = new Agency("feedback");

    @Test
    void bothSidesRecordDatedEntriesOnThePlansItemsAndOnlyThem() {
        String rater = TestNips.pns();
        String employee = TestNips.pns();
        String colleague = TestNips.pns();
        agency.employees("u-fb", null, rater);
        agency.employees("u-fb", rater, employee, colleague);
        String period = agency.period(2026);
        String draft = agency.plan(period, colleague);
        String plan = agency.lockedPlan(period, employee, rater);
        JsonPath items = as(agency.employeeToken(employee)).get("/api/v1/performance-plans/" + plan).then()
                .extract().jsonPath();
        String rhk = items.getString("workResults[0].id");
        String indicator = items.getString("workResults[0].indicators[0].id");
        String path = "/api/v1/performance-plans/" + plan + "/feedback";

        as(agency.employeeToken(employee)).body(Map.of("workResultId", rhk, "indicatorId", indicator,
                        "text", "Triwulan I: 310 izin terbit.", "realisation", "310 izin",
                        "evidence", "https://oss.example.go.id/laporan/2026-03"))
                .post(path).then().statusCode(201).body("authorSide", equalTo("EMPLOYEE"))
                .body("authorNip", equalTo(employee)).body("recordedAt", notNullValue());
        as(agency.supervisorToken(rater)).body(Map.of("behaviourValue", "BERORIENTASI_PELAYANAN",
                        "text", "Pengaduan pemohon dijawab cepat; pertahankan."))
                .post(path).then().statusCode(201).body("authorSide", equalTo("RATER"));

        // an item that is not in the plan, no item or two kinds at once: refused naming the field
        as(agency.employeeToken(employee)).body(Map.of("workResultId", "rhk-lain", "text", "x"))
                .post(path).then().statusCode(400).body("errors.field", hasItem("workResultId"));
        as(agency.employeeToken(employee)).body(Map.of("text", "x")).post(path).then().statusCode(400);
        as(agency.employeeToken(employee)).body(Map.of("workResultId", rhk, "behaviourValue", "LOYAL", "text", "x"))
                .post(path).then().statusCode(400);
        // a draft plan takes no feedback; a colleague neither reads nor writes another's
        as(agency.employeeToken(colleague)).body(Map.of("behaviourValue", "LOYAL", "text", "Catatan."))
                .post("/api/v1/performance-plans/" + draft + "/feedback").then().statusCode(422);
        as(agency.employeeToken(colleague)).get(path).then().statusCode(404);
        as(agency.employeeToken(colleague)).body(Map.of("behaviourValue", "LOYAL", "text", "x")).post(path)
                .then().statusCode(404);

        as(agency.employeeToken(employee)).get(path).then().statusCode(200).body("totalItems", equalTo(2))
                .body("items.authorSide", equalTo(List.of("RATER", "EMPLOYEE")))
                .body("items[1].realisation", equalTo("310 izin"));
        as(agency.hrAdmin).get(path).then().statusCode(200).body("totalItems", equalTo(2));
    }
}
