package id.asn.career.promotion;

import static id.asn.platform.testinfra.TestAgency.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import id.asn.career.support.Agency;
import id.asn.platform.events.EventTypes;
import id.asn.platform.events.Topics;
import id.asn.platform.kit.caller.Roles;
import id.asn.platform.testinfra.EventSchemaAssert;
import id.asn.platform.testinfra.TestNips;
import id.asn.platform.testinfra.TopicReader;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** docs/domain.md §5.2: proposal → verification → decision by three officers, audited, publishing career.promoted. */
@QuarkusTest
class PromotionApiTest {

    private final Agency agency = new Agency("promotion");
    private final String verifier = agency.caller(Roles.HR_ADMIN, "hr-verifier");
    private final String decider = agency.caller(Roles.HR_ADMIN, "hr-decider");

    private String eligibleEmployee() {
        String nip = TestNips.pns();
        agency.employees(null, nip);
        agency.rank(nip, "III/a", "2023-04-01");
        agency.appraisal(nip, 2025, "BAIK");
        agency.appraisal(nip, 2026, "BAIK");
        await().atMost(Duration.ofSeconds(30)).until(() -> Boolean.TRUE.equals(as(agency.hrAdmin)
                .get("/api/v1/careers/" + nip + "/promotion-eligibility?on=2027-04-01").then().extract()
                .path("eligible")));
        return nip;
    }

    @Test
    void aRegularPromotionGoesThroughThreeOfficersAndTakesEffect() {
        String nip = eligibleEmployee();
        try (TopicReader reader = TopicReader.of(Topics.CAREER)) {
            String key = UUID.randomUUID().toString();
            Map<String, Object> body = Map.of("nip", nip, "promotionType", "REGULER", "effectiveOn", "2027-04-01");
            String id = as(agency.hrAdmin).header("Idempotency-Key", key).body(body).post("/api/v1/promotions")
                    .then().statusCode(201).body("fromRank", equalTo("III/a")).body("toRank", equalTo("III/b"))
                    .body("status", equalTo("PROPOSED")).extract().path("id");
            as(agency.hrAdmin).header("Idempotency-Key", key).body(body).post("/api/v1/promotions").then()
                    .statusCode(201).body("id", equalTo(id));
            as(agency.hrAdmin).body(body).post("/api/v1/promotions").then().statusCode(409);

            // the proposer cannot verify, the verifier cannot decide
            as(agency.hrAdmin).body(Map.of("approved", true)).post("/api/v1/promotions/" + id + "/verification")
                    .then().statusCode(422);
            as(decider).body(Map.of("approved", true)).post("/api/v1/promotions/" + id + "/decision").then()
                    .statusCode(422);
            as(verifier).body(Map.of("approved", true, "note", "lengkap"))
                    .post("/api/v1/promotions/" + id + "/verification").then().statusCode(200)
                    .body("status", equalTo("VERIFIED"));
            as(verifier).body(Map.of("approved", true, "decreeNumber", "SK-1"))
                    .post("/api/v1/promotions/" + id + "/decision").then().statusCode(422);
            as(decider).body(Map.of("approved", true)).post("/api/v1/promotions/" + id + "/decision").then()
                    .statusCode(400).body("errors[0].field", equalTo("decreeNumber"));
            as(decider).body(Map.of("approved", true, "decreeNumber", "823.3/112/2027"))
                    .post("/api/v1/promotions/" + id + "/decision").then().statusCode(200)
                    .body("status", equalTo("APPROVED")).body("decidedBy", equalTo("hr-decider"));

            List<ConsumerRecord<String, String>> events = reader.await(r -> nip.equals(r.key())
                    && r.value().contains(EventTypes.CAREER_PROMOTED.name()), 1);
            EventSchemaAssert.assertConforms(events.get(0).value());
            assertThat(TopicReader.json(events.get(0).value()).path("data").path("toRank").asText())
                    .isEqualTo("III/b");
        }
        as(agency.hrAdmin).get("/api/v1/careers/" + nip).then().body("currentRank", equalTo("III/b"))
                .body("currentRankTmt", equalTo("2027-04-01"));
        as(agency.employeeToken(nip)).get("/api/v1/careers/" + nip + "/audit").then()
                .body("lines.action", hasItems("PROPOSED", "VERIFIED", "APPROVED", "RANK_PROMOTED"));
    }

    @Test
    void anIneligibleRegularPromotionIsRefusedWithTheReasons() {
        String nip = TestNips.pns();
        agency.employees(null, nip);
        agency.rank(nip, "III/a", "2024-04-01");
        as(agency.hrAdmin).body(Map.of("nip", nip, "promotionType", "REGULER", "effectiveOn", "2027-04-01"))
                .post("/api/v1/promotions").then().statusCode(422)
                .body("detail", containsString("2028-04-01"));
        as(agency.hrAdmin).body(Map.of("nip", nip, "promotionType", "BOGUS", "effectiveOn", "2027-04-01"))
                .post("/api/v1/promotions").then().statusCode(400).body("errors[0].field", equalTo("promotionType"));
    }
}
