package id.asn.career.selection;

import static id.asn.platform.testinfra.TestAgency.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import id.asn.career.support.Agency;
import id.asn.platform.events.EventTypes;
import id.asn.platform.events.competency.CompetencyGapChangedV1;
import id.asn.platform.testinfra.TestNips;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * docs/domain.md §5.7 on the real database and broker: an open position, applications and nominations, the
 * shortlist filtered by the requirements and ranked by job fit, performance and box with the reasons, and the
 * published ranking a candidate reads with every other candidate's identity withheld.
 */
@QuarkusTest
class SelectionApiTest {

    private static final int YEAR = LocalDate.now().getYear();

    private final Agency agency = new Agency("selection");

    @Inject
    CircuitBreakerMaintenance circuits;

    private Map<String, Object> position(String positionId) {
        Map<String, Object> body = new HashMap<>();
        body.put("positionId", positionId);
        body.put("title", "Kepala Dinas " + positionId);
        body.put("positionClass", "JPT_PRATAMA");
        body.put("minEducation", "S-1");
        body.put("maxAge", 56);
        body.put("opensOn", LocalDate.now().minusDays(5).toString());
        body.put("closesOn", LocalDate.now().toString());
        return body;
    }

    private String open(String positionId) {
        return as(agency.hrAdmin).body(position(positionId)).post("/api/v1/open-selections").then().statusCode(201)
                .body("status", equalTo("OPEN")).body("minEducation", equalTo("S1")).extract().path("id");
    }

    private void measured(String nip, String positionId, String jpm) {
        agency.publish(EventTypes.COMPETENCY_GAP_CHANGED, nip, new CompetencyGapChangedV1(nip, "u-1", positionId,
                new BigDecimal(jpm), List.of()));
    }

    @Test
    void candidatesAreFilteredThenRankedAndTheyReadThePublishedRankingRedacted() {
        circuits.resetAll();
        String first = TestNips.pns();
        String second = TestNips.pns();
        String ineligible = TestNips.pns();
        String outsider = TestNips.pns();
        agency.employees(null, first, second, ineligible, outsider);
        String positionId = "pos-kadis-" + first.substring(12);
        agency.appraisal(first, YEAR - 2, "BAIK");
        agency.appraisal(first, YEAR - 1, "SANGAT_BAIK");
        agency.appraisal(second, YEAR - 2, "BAIK");
        agency.appraisal(second, YEAR - 1, "BAIK");
        agency.appraisal(ineligible, YEAR - 1, "SANGAT_BAIK");
        measured(first, positionId, "95");
        measured(second, positionId, "80");
        measured(ineligible, positionId, "99");
        String id = open(positionId);
        String shortlist = "/api/v1/open-selections/" + id + "/shortlist";

        as(agency.employeeToken(first)).body(Map.of("note", "Kepala Bidang sejak 2021"))
                .post("/api/v1/open-selections/" + id + "/applications").then().statusCode(201)
                .body("origin", equalTo("APPLIED")).body("nip", equalTo(first));
        as(agency.employeeToken(first)).body(Map.of()).post("/api/v1/open-selections/" + id + "/applications")
                .then().statusCode(409);
        for (String nip : List.of(second, ineligible)) {
            as(agency.hrAdmin).body(Map.of("nip", nip)).post("/api/v1/open-selections/" + id + "/nominations")
                    .then().statusCode(201).body("origin", equalTo("NOMINATED"));
        }
        as(agency.hrAdmin).body(Map.of("nip", TestNips.pns())).post("/api/v1/open-selections/" + id + "/nominations")
                .then().statusCode(400).body("errors[0].field", equalTo("nip"));

        // the events arrive asynchronously: wait until the job fit of every candidate is known from them
        await().atMost(Duration.ofSeconds(30)).until(() -> as(agency.hrAdmin).get(shortlist).then().extract()
                .jsonPath().getList("rows.findAll { it.jobFit != null }").size() == 3);
        JsonPath list = as(agency.hrAdmin).get(shortlist).then().statusCode(200).extract().jsonPath();
        assertThat(list.getString("jobFitSource")).isEqualTo("EVENTS");
        assertThat(list.getList("rows.nip")).containsExactly(first, second, ineligible);
        assertThat(list.getList("rows.eligible")).containsExactly(true, true, false);
        assertThat(list.getString("rows[0].reason")).isEqualTo("job fit JPM 95.00; latest predikat SANGAT_BAIK; "
                + "box " + list.getString("rows[0].box").replace("null", "unknown"));
        assertThat(list.getString("rows[2].reason")).isEqualTo("not eligible: no annual predikat for " + (YEAR - 2));
        assertThat(list.getString("criteria")).contains("education at least S1", "age at most 56");

        String published = "/api/v1/open-selections/" + id + "/published-ranking";
        as(agency.employeeToken(first)).get(published).then().statusCode(404);
        as(agency.hrAdmin).post("/api/v1/open-selections/" + id + "/publication").then().statusCode(200)
                .body("rows.size()", equalTo(3)).body("rows[1].nip", equalTo(second));
        as(agency.hrAdmin).post("/api/v1/open-selections/" + id + "/publication").then().statusCode(409);
        as(agency.employeeToken(outsider)).body(Map.of()).post("/api/v1/open-selections/" + id + "/applications")
                .then().statusCode(422);

        // the redaction rule: the caller's own row in full; of the others the place, label and eligibility only
        JsonPath seen = as(agency.employeeToken(second)).get(published).then().statusCode(200).extract().jsonPath();
        assertThat(seen.getString("criteria")).contains("Job fit from EVENTS");
        assertThat(seen.getMap("rows[1]")).containsEntry("own", true).containsEntry("nip", second)
                .containsKeys("name", "jobFit", "predikat", "reason");
        for (int i : new int[]{0, 2}) {
            assertThat(seen.getMap("rows[" + i + "]")).containsOnlyKeys("place", "candidate", "own", "eligible")
                    .containsEntry("own", false).containsEntry("candidate", "Kandidat " + (i + 1));
        }
        assertThat(seen.prettify()).doesNotContain(first, ineligible);
        as(agency.employeeToken(outsider)).get(published).then().statusCode(404);
        as(agency.hrAdmin).get(published).then().statusCode(200).body("rows.nip", equalTo(List.of(first, second,
                ineligible)));
    }

    @Test
    void badInputNamesTheFieldAndWritesNothing() {
        Map<String, Object> body = position("pos-bad");
        body.put("minEducation", "GELAR");
        as(agency.hrAdmin).body(body).post("/api/v1/open-selections").then().statusCode(400)
                .body("errors[0].field", equalTo("minEducation"));
        body = position("pos-bad");
        body.put("closesOn", LocalDate.now().minusDays(10).toString());
        as(agency.hrAdmin).body(body).post("/api/v1/open-selections").then().statusCode(400)
                .body("errors[0].field", equalTo("closesOn"));
        body = position("pos-bad");
        body.put("positionClass", "ESELON_II");
        as(agency.hrAdmin).body(body).post("/api/v1/open-selections").then().statusCode(400)
                .body("errors[0].field", equalTo("positionClass"));
        as(agency.hrAdmin).get("/api/v1/open-selections?size=100").then().statusCode(200)
                .body("items.findAll { it.positionId == 'pos-bad' }.size()", equalTo(0));
    }

    @Test
    void anotherAgencySeesNoneOfIt() {
        String id = open("pos-private");
        Agency other = new Agency("selection-other");
        as(other.hrAdmin).get("/api/v1/open-selections/" + id).then().statusCode(404);
        as(other.hrAdmin).get("/api/v1/open-selections/" + id + "/shortlist").then().statusCode(404);
        as(other.hrAdmin).body(Map.of("nip", TestNips.pns())).post("/api/v1/open-selections/" + id + "/nominations")
                .then().statusCode(404);
    }
}
