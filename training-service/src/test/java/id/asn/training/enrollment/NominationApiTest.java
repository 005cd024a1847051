package id.asn.training.enrollment;

import static id.asn.platform.testinfra.TestAgency.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import id.asn.platform.events.EventTypes;
import id.asn.platform.events.Topics;
import id.asn.platform.events.competency.CompetencyGapChangedV1;
import id.asn.platform.testinfra.EventSchemaAssert;
import id.asn.platform.testinfra.TestDatabase;
import id.asn.platform.testinfra.TestNips;
import id.asn.platform.testinfra.TopicReader;
import id.asn.training.support.Agency;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** Issue 13 item 5: a bulk nomination judges every row by the rules of one nomination (docs/domain.md §2.6.4). */
@QuarkusTest
class NominationApiTest {

    private static final LocalDate DAY = LocalDate.of(2027, 5, 3);

    private final Agency agency = new Agency("nomination");

    @Test
    void aMixedListIsJudgedRowByRowAndPublishesWhatOneNominationWould() throws SQLException {
        String already = TestNips.pns();
        String first = TestNips.pns();
        String second = TestNips.pns();
        String third = TestNips.pns();
        String fourth = TestNips.pns();
        agency.employees("U-BULK", null, already, first, second, third, fourth);
        String program = agency.program(agency.institution(), Map.of());
        String session = agency.session(program, 4, "NOMINATION", DAY).extract().path("id");
        agency.nominate(session, already);
        String unknown = TestNips.pns();

        List<String> nips = Arrays.asList(already, first, "19850101201001100", second, unknown, first, third,
                fourth, null);
        try (TopicReader reader = TopicReader.of(Topics.TRAINING)) {
            JsonPath result = as(agency.hrAdmin).header("Accept-Language", "en").body(Map.of("nips", nips))
                    .post("/api/v1/sessions/" + session + "/nominations").then().statusCode(200)
                    .body("received", equalTo(9)).body("enrolled", equalTo(3)).body("waitlisted", equalTo(1))
                    .body("alreadyEnrolled", equalTo(1)).body("rejected", equalTo(4))
                    .extract().jsonPath();

            assertThat(result.getList("rows.outcome")).containsExactly("ALREADY_ENROLLED", "ENROLLED", "REJECTED",
                    "ENROLLED", "REJECTED", "REJECTED", "ENROLLED", "WAITLISTED", "REJECTED");
            assertThat(result.getList("rows.reason")).containsExactly(null, null, "INVALID_NIP", null,
                    "UNKNOWN_EMPLOYEE", "DUPLICATE_IN_BATCH", null, null, "INVALID_NIP");
            assertThat(result.getList("rows.index")).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8);
            assertThat(result.getString("rows[0].status")).isEqualTo("ENROLLED");
            assertThat(result.getString("rows[2].message")).isEqualTo("a NIP / NI PPPK has 18 digits");
            assertThat(result.getString("rows[4].message")).contains(unknown);
            assertThat(result.getString("rows[5].message")).contains("row 1");

            // the same event as one nomination: one per seat, with the same fields
            List<ConsumerRecord<String, String>> enrolled = reader.await(r -> isEnrolledIn(r, session), 4);
            assertThat(enrolled).extracting(ConsumerRecord::key)
                    .containsExactlyInAnyOrder(already, first, second, third);
            enrolled.forEach(e -> EventSchemaAssert.assertConforms(e.value()));
            JsonNode single = dataOf(enrolled, already);
            JsonNode bulk = dataOf(enrolled, first);
            assertThat(fieldNames(bulk)).isEqualTo(fieldNames(single));
            assertThat(bulk.path("programId")).isEqualTo(single.path("programId"));
            assertThat(bulk.path("startDate")).isEqualTo(single.path("startDate"));
            assertThat(bulk.path("enrollmentId").asText()).isEqualTo(result.getString("rows[1].enrollmentId"));
        }
        assertThat(outboxRows(session)).isEqualTo(4);
        as(agency.hrAdmin).get("/api/v1/sessions/" + session).then()
                .body("enrolled", equalTo(4)).body("waitlisted", equalTo(1));

        // a resend changes nothing and says so row by row
        as(agency.hrAdmin).body(Map.of("nips", List.of(first, fourth))).post("/api/v1/sessions/" + session
                        + "/nominations").then().statusCode(200)
                .body("rows.outcome", equalTo(List.of("ALREADY_ENROLLED", "ALREADY_ENROLLED")))
                .body("rows.status", equalTo(List.of("ENROLLED", "WAITLISTED")));
        assertThat(outboxRows(session)).isEqualTo(4);
    }

    @Test
    void aRetryWithTheSameKeyGetsTheStoredAnswerAndWritesNothing() throws SQLException {
        String nip = TestNips.pns();
        agency.employees("U-IDEM", null, nip);
        String session = agency.session(agency.program(agency.institution(), Map.of()), 10, "NOMINATION", DAY)
                .extract().path("id");
        String key = UUID.randomUUID().toString();
        String first = as(agency.hrAdmin).header("Idempotency-Key", key).body(Map.of("nips", List.of(nip)))
                .post("/api/v1/sessions/" + session + "/nominations").then().statusCode(200)
                .body("rows[0].outcome", equalTo("ENROLLED")).extract().asString();
        String retry = as(agency.hrAdmin).header("Idempotency-Key", key).body(Map.of("nips", List.of(nip)))
                .post("/api/v1/sessions/" + session + "/nominations").then().statusCode(200)
                .header("Idempotent-Replayed", "true").extract().asString();
        assertThat(retry).isEqualTo(first);
        as(agency.hrAdmin).header("Idempotency-Key", key).body(Map.of("nips", List.of(nip, TestNips.pns())))
                .post("/api/v1/sessions/" + session + "/nominations").then().statusCode(409);
        assertThat(outboxRows(session)).isEqualTo(1);
    }

    @Test
    void needsAndUnitsNameTheirEmployees() {
        String withM5 = TestNips.pns();
        String withM1 = TestNips.pns();
        String without = TestNips.pns();
        agency.employees("U-NEED", null, withM5, withM1, without);
        agency.publish(EventTypes.COMPETENCY_GAP_CHANGED, withM5, new CompetencyGapChangedV1(withM5, "U-NEED", "p",
                new BigDecimal("70"), List.of(gap("M5"))));
        agency.publish(EventTypes.COMPETENCY_GAP_CHANGED, withM1, new CompetencyGapChangedV1(withM1, "U-NEED", "p",
                new BigDecimal("70"), List.of(gap("M1"))));
        String m5Need = need(withM5);
        String m1Need = need(withM1);
        String program = agency.program(agency.institution(), Map.of());

        String bySession = agency.session(program, 10, "NOMINATION", DAY).extract().path("id");
        String missing = UUID.randomUUID().toString();
        as(agency.hrAdmin).body(Map.of("needIds", List.of(m5Need, m1Need, "need-7", missing)))
                .post("/api/v1/sessions/" + bySession + "/nominations").then().statusCode(200)
                .body("rows.outcome", equalTo(List.of("ENROLLED", "REJECTED", "REJECTED", "REJECTED")))
                .body("rows.reason", equalTo(Arrays.asList(null, "NEED_NOT_FOR_PROGRAM", "INVALID_NEED_ID",
                        "UNKNOWN_NEED")))
                .body("rows[0].nip", equalTo(withM5)).body("rows[1].nip", equalTo(withM1));

        String byUnit = agency.session(program, 10, "NOMINATION", DAY).extract().path("id");
        as(agency.hrAdmin).body(Map.of("unitId", "U-NEED", "openNeedsOnly", true))
                .post("/api/v1/sessions/" + byUnit + "/nominations").then().statusCode(200)
                .body("rows.nip", equalTo(List.of(withM5))).body("rows[0].outcome", equalTo("ENROLLED"));
        String wholeUnit = agency.session(program, 10, "NOMINATION", DAY).extract().path("id");
        as(agency.hrAdmin).body(Map.of("unitId", "U-NEED"))
                .post("/api/v1/sessions/" + wholeUnit + "/nominations").then().statusCode(200)
                .body("enrolled", equalTo(3));
        as(agency.hrAdmin).body(Map.of("unitId", "U-NOBODY"))
                .post("/api/v1/sessions/" + wholeUnit + "/nominations").then().statusCode(422)
                .contentType("application/problem+json");
    }

    @Test
    void onlyAMalformedEnvelopeRoleOrTenantRefusesTheWholeRequest() {
        String nip = TestNips.pns();
        agency.employees("U-ENV", null, nip);
        String session = agency.session(agency.program(agency.institution(), Map.of()), 10, "NOMINATION", DAY)
                .extract().path("id");
        String path = "/api/v1/sessions/" + session + "/nominations";
        as(agency.hrAdmin).body(Map.of()).post(path).then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("nips"));
        as(agency.hrAdmin).body(Map.of("nips", List.of(nip), "unitId", "U-ENV")).post(path).then().statusCode(400);
        as(agency.hrAdmin).body(Map.of("nips", List.of())).post(path).then().statusCode(400)
                .body("errors[0].field", equalTo("nips"));
        as(agency.hrAdmin).body(Map.of("nips", List.of(199003152019032005L))).post(path).then().statusCode(400);
        as(agency.hrAdmin).body(Map.of("nips", List.of(nip), "openNeedsOnly", true)).post(path).then().statusCode(400)
                .body("errors[0].field", equalTo("openNeedsOnly"));
        List<String> tooMany = new ArrayList<>();
        for (int i = 0; i < 5001; i++) {
            tooMany.add(nip);
        }
        as(agency.hrAdmin).body(Map.of("nips", tooMany)).post(path).then().statusCode(400);

        Agency other = new Agency("nomination-other");
        as(other.hrAdmin).body(Map.of("nips", List.of(nip))).post(path).then().statusCode(404);
        as(agency.employeeToken(nip)).body(Map.of("nips", List.of(nip))).post(path).then().statusCode(403);
        as(agency.hrAdmin).get("/api/v1/sessions/" + session).then().body("enrolled", equalTo(0));
    }

    private String need(String nip) {
        await().atMost(Duration.ofSeconds(30)).until(() -> as(agency.hrAdmin).get("/api/v1/training-needs?nip=" + nip)
                .then().extract().<Integer>path("totalItems") == 1);
        return as(agency.hrAdmin).get("/api/v1/training-needs?nip=" + nip).then().extract().path("items[0].id");
    }

    private static CompetencyGapChangedV1.Gap gap(String code) {
        return new CompetencyGapChangedV1.Gap(code, "Kompetensi " + code, "MANAJERIAL", 3, new BigDecimal("2"),
                BigDecimal.ONE, false);
    }

    private static boolean isEnrolledIn(ConsumerRecord<String, String> r, String session) {
        JsonNode event = TopicReader.json(r.value());
        return "asn.training.enrolled.v1".equals(event.path("type").asText())
                && session.equals(event.path("data").path("sessionId").asText());
    }

    private static JsonNode dataOf(List<ConsumerRecord<String, String>> records, String nip) {
        return records.stream().filter(r -> r.key().equals(nip)).map(r -> TopicReader.json(r.value()).path("data"))
                .findFirst().orElseThrow();
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        Iterator<String> it = node.fieldNames();
        it.forEachRemaining(names::add);
        return names;
    }

    private int outboxRows(String session) throws SQLException {
        try (Connection connection = TestDatabase.superuser();
             PreparedStatement count = connection.prepareStatement("""
                     select count(*) from outbox_event where tenant_id = ? and type = 'asn.training.enrolled.v1'
                     and payload -> 'data' ->> 'sessionId' = ?""")) {
            count.setString(1, agency.tenant);
            count.setString(2, session);
            try (ResultSet rs = count.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }
}
