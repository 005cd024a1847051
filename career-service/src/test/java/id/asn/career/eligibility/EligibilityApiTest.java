package id.asn.career.eligibility;

import static id.asn.platform.testinfra.TestAgency.as;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import id.asn.career.support.Agency;
import id.asn.platform.events.Topics;
import id.asn.platform.testinfra.TestNips;
import id.asn.platform.testinfra.TopicReader;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** docs/domain.md §5.2 on the real database and broker: appraisals arrive as events, decrees from hr-admin. */
@QuarkusTest
class EligibilityApiTest {

    private final Agency agency = new Agency("eligibility");

    private Boolean eligible(String nip, String on) {
        return as(agency.hrAdmin).get("/api/v1/careers/" + nip + "/promotion-eligibility?on=" + on).then()
                .statusCode(200).extract().path("eligible");
    }

    @Test
    void aCorrectedAppraisalReplacesTheEarlierOneAndALowerRevisionIsIgnored() {
        String nip = TestNips.pns();
        agency.employees(null, nip);
        agency.rank(nip, "III/a", "2022-04-01");
        agency.appraisal(nip, 2025, "BAIK");
        String appraisal2026 = agency.appraisal(nip, 2026, "BUTUH_PERBAIKAN");
        await().atMost(Duration.ofSeconds(30)).until(() -> as(agency.hrAdmin)
                .get("/api/v1/careers/" + nip + "/promotion-eligibility?on=2027-04-01").then().extract()
                .<List<String>>path("unmet.condition").contains("PERFORMANCE"));
        as(agency.hrAdmin).get("/api/v1/careers/" + nip + "/promotion-eligibility?on=2027-04-01").then()
                .body("eligible", equalTo(false)).body("nextRank", equalTo("III/b"))
                .body("unmet[0].reason", org.hamcrest.Matchers.containsString("2026 was BUTUH_PERBAIKAN"))
                .body("unmet[0].metOn", equalTo("2029-01-01"));

        // the objection changed the result: revision 2 replaces revision 1
        agency.appraisal(appraisal2026, nip, 2026, "BAIK", 2);
        await().atMost(Duration.ofSeconds(30)).until(() -> eligible(nip, "2027-04-01"));
        // a late redelivery of an older revision changes nothing
        agency.appraisal(appraisal2026, nip, 2026, "SANGAT_KURANG", 1);
        TopicReader.awaitConsumed("career-service", Topics.APPRAISAL);
        as(agency.hrAdmin).get("/api/v1/careers/" + nip + "/promotion-eligibility?on=2027-04-01").then()
                .body("eligible", equalTo(true)).body("eligibleFrom", equalTo("2027-04-01"));
    }

    @Test
    void unmetConditionsCarryTheDateTheyWillBeMetAndTheListHoldsOnlyTheEligible() {
        String ready = TestNips.pns();
        String early = TestNips.pns();
        String sanctioned = TestNips.pns();
        agency.employees(null, ready, early, sanctioned);
        agency.rank(ready, "III/a", "2023-04-01");
        agency.rank(early, "III/a", "2023-08-01");
        agency.rank(sanctioned, "III/a", "2020-04-01");
        as(agency.hrAdmin).body(java.util.Map.of("level", "SEDANG", "description", "Penundaan KGB",
                "startsOn", "2027-01-01", "endsOn", "2027-05-31"))
                .post("/api/v1/careers/" + sanctioned + "/sanctions").then().statusCode(201);
        for (String nip : List.of(ready, early, sanctioned)) {
            agency.appraisal(nip, 2025, "BAIK");
            agency.appraisal(nip, 2026, "SANGAT_BAIK");
        }
        TopicReader.awaitConsumed("career-service", Topics.APPRAISAL);
        await().atMost(Duration.ofSeconds(30)).until(() -> eligible(ready, "2027-04-01"));

        as(agency.hrAdmin).get("/api/v1/careers/" + early + "/promotion-eligibility?on=2027-04-01").then()
                .body("eligible", equalTo(false)).body("unmet.condition", equalTo(List.of("TIME_IN_RANK")))
                .body("unmet[0].metOn", equalTo("2027-08-01")).body("eligibleFrom", equalTo("2027-08-01"));
        as(agency.hrAdmin).get("/api/v1/careers/" + sanctioned + "/promotion-eligibility?on=2027-04-01").then()
                .body("unmet.condition", equalTo(List.of("NO_ACTIVE_SANCTION")))
                .body("unmet[0].metOn", equalTo("2027-06-01"));
        as(agency.hrAdmin).get("/api/v1/careers/" + ready + "/promotion-eligibility?on=2027-04-15").then()
                .body("unmet.condition", equalTo(List.of("EFFECTIVE_DATE")));

        as(agency.hrAdmin).get("/api/v1/promotions/eligible?on=2027-04-01").then().statusCode(200)
                .body("items.nip", equalTo(List.of(ready))).body("items[0].nextRank", equalTo("III/b"));
        as(agency.hrAdmin).get("/api/v1/promotions/eligible?on=2027-08-01&size=200").then()
                .body("items.nip", hasItems(ready, early, sanctioned));
        as(agency.hrAdmin).get("/api/v1/promotions/eligible").then().statusCode(400);
    }
}
