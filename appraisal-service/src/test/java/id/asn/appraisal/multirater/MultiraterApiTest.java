package id.asn.appraisal.multirater;

import static id.asn.platform.testinfra.TestAgency.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import id.asn.appraisal.support.Agency;
import id.asn.platform.testinfra.TestNips;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Peers and subordinates as rater groups (docs/domain.md §3.4.1): minimum, weights, and anonymity. */
@QuarkusTest
class MultiraterApiTest {

    private final Agency agency = new Agency("multirater");

    @Test
    void groupsCountFromTheirMinimumAndNoRaterIsEverShownToTheAppraisee() {
        String rater = TestNips.pns();
        String appraisee = TestNips.pns();
        List<String> peers = List.of(TestNips.pns(), TestNips.pns(), TestNips.pns());
        List<String> subordinates = List.of(TestNips.pns(), TestNips.pns());
        String outsider = TestNips.pns();
        String atasan = TestNips.pns();
        agency.employees("u-multi", null, atasan);
        agency.employees("u-multi", atasan, rater);
        agency.employees("u-multi", rater, appraisee);
        agency.employees("u-multi", rater, peers.toArray(String[]::new));
        agency.employees("u-multi", appraisee, subordinates.toArray(String[]::new));
        agency.employees("u-elsewhere", null, outsider);
        String period = agency.period(2026);
        String plan = agency.lockedPlan(period, appraisee, rater);
        String appraisal = agency.appraisal(plan, rater);
        String inputs = "/api/v1/appraisals/" + appraisal + "/behaviour-inputs";

        for (String peer : peers) {
            as(agency.employeeToken(peer)).body(Map.of("rating", "DI_ATAS_EKSPEKTASI",
                    "comment", "Catatan dari " + peer)).put(inputs + "/mine").then().statusCode(200)
                    .body("group", equalTo("PEER"));
        }
        for (String subordinate : subordinates) {
            as(agency.employeeToken(subordinate)).body(Map.of("rating", "DI_BAWAH_EKSPEKTASI"))
                    .put(inputs + "/mine").then().statusCode(200).body("group", equalTo("SUBORDINATE"));
        }
        // a peer changes their mind: still one input per person
        as(agency.employeeToken(peers.get(0))).body(Map.of("rating", "SESUAI_EKSPEKTASI")).put(inputs + "/mine")
                .then().statusCode(200);
        as(agency.employeeToken(outsider)).body(Map.of("rating", "SESUAI_EKSPEKTASI")).put(inputs + "/mine")
                .then().statusCode(404);
        as(agency.employeeToken(appraisee)).body(Map.of("rating", "DI_ATAS_EKSPEKTASI")).put(inputs + "/mine")
                .then().statusCode(403);
        // a rater sees only their own input
        as(agency.employeeToken(peers.get(1))).get(inputs + "/mine").then().statusCode(200)
                .body("rating", equalTo("DI_ATAS_EKSPEKTASI"));
        as(agency.employeeToken(peers.get(1))).get(inputs + "/summary").then().statusCode(404);

        agency.finalized(appraisal, rater, "SESUAI_EKSPEKTASI", "SESUAI_EKSPEKTASI");
        // peers (3) count, subordinates (2 of 3) are neither counted nor shown: (2*50 + (2+3+3)/3*30) / 80
        as(agency.employeeToken(appraisee)).get(inputs + "/summary").then().statusCode(200)
                .body("groups.group", equalTo(List.of("PEER"))).body("groups[0].inputs", equalTo(3))
                .body("groups[0].ratings.DI_ATAS_EKSPEKTASI", equalTo(2))
                .body("weightedScore", equalTo(2.25f));
        as(agency.employeeToken(peers.get(2))).body(Map.of("rating", "DI_BAWAH_EKSPEKTASI")).put(inputs + "/mine")
                .then().statusCode(422);

        // every answer the appraisee can get names none of the raters, neither by NIP nor by token subject
        String token = agency.employeeToken(appraisee);
        List<String> answers = new ArrayList<>();
        for (String path : List.of("/api/v1/appraisals/" + appraisal, "/api/v1/appraisals?periodId=" + period,
                inputs + "/summary", "/api/v1/performance-plans/" + plan, "/api/v1/performance-plans?periodId=" + period,
                "/api/v1/performance-plans/" + plan + "/history", "/api/v1/performance-plans/" + plan + "/feedback",
                "/api/v1/appraisals/distribution?periodId=" + period + "&unitId=u-multi",
                "/api/v1/appraisal-periods/" + period, "/api/v1/objections")) {
            answers.add(as(token).get(path).then().statusCode(200).extract().asString());
        }
        String objection = as(token).body(Map.of("appraisalId", appraisal, "reasons", "Masukan rekan tidak adil."))
                .post("/api/v1/objections").then().statusCode(201).extract().asString();
        answers.add(objection);
        answers.add(as(token).get("/api/v1/objections/" + JsonPath.from(objection).getString("id")).then().statusCode(200)
                .extract().asString());
        List<String> raters = new ArrayList<>(peers);
        raters.addAll(subordinates);
        for (String answer : answers) {
            for (String nip : raters) {
                assertThat(answer).doesNotContain(nip).doesNotContain("Catatan dari");
            }
        }
    }
}
