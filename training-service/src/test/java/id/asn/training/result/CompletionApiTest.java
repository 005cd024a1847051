package id.asn.training.result;

import static id.asn.platform.testinfra.TestAgency.as;
import static id.asn.training.support.Agency.num;
import static id.asn.training.support.Agency.row;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import id.asn.platform.events.Topics;
import id.asn.platform.testinfra.EventSchemaAssert;
import id.asn.platform.testinfra.TestAgency;
import id.asn.platform.testinfra.TestNips;
import id.asn.platform.testinfra.TopicReader;
import id.asn.training.support.Agency;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CompletionApiTest {

    private final Agency agency = new Agency("completion");

    @Test
    void completesOnlyWithTheAttendanceShareAndThePassMark() throws Exception {
        String full = TestNips.pns();
        String fourOfFive = TestNips.pns();
        String threeOfFive = TestNips.pns();
        String failedTest = TestNips.pns();
        String noTest = TestNips.pns();
        agency.employees("u-1", null, full, fourOfFive, threeOfFive, failedTest, noTest);
        String institution = agency.institution();
        String partner = agency.partnerToken(institution);
        String program = agency.program(institution, Map.of("postTestRequired", true, "passMark", 70,
                "competencies", List.of(Map.of("competencyCode", "M5", "targetLevel", 3),
                        Map.of("competencyCode", "M8", "targetLevel", 2))));
        JsonPath session = agency.session(program, 10, "NOMINATION", LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 6),
                LocalDate.of(2026, 1, 7), LocalDate.of(2026, 1, 8), LocalDate.of(2026, 1, 9)).extract().jsonPath();
        String sessionId = session.getString("id");
        // 5 meetings of 7.5 hours: 2,250 minutes = 50 JP
        assertThat(session.getInt("jp")).isEqualTo(50);
        List<String> meetings = session.getList("meetings.id");
        for (String nip : List.of(full, fourOfFive, threeOfFive, failedTest, noTest)) {
            agency.nominate(sessionId, nip);
        }
        for (int m = 0; m < 5; m++) {
            List<Map<String, Object>> rows = new ArrayList<>();
            rows.add(row(m + "-a", full, "PRESENT"));
            rows.add(row(m + "-b", fourOfFive, m == 4 ? "ABSENT" : "LATE"));
            rows.add(row(m + "-c", threeOfFive, m >= 3 ? "EXCUSED" : "PRESENT"));
            rows.add(row(m + "-d", failedTest, "PRESENT"));
            rows.add(row(m + "-e", noTest, "PRESENT"));
            as(partner).body(Map.of("rows", rows)).post("/api/v1/attendance/meetings/" + meetings.get(m))
                    .then().statusCode(200).body("created", equalTo(5));
        }
        as(partner).body(Map.of("rows", List.of(
                        Map.of("nip", full, "preTest", 50, "postTest", 80),
                        Map.of("nip", fourOfFive, "preTest", 40, "postTest", 70),
                        Map.of("nip", threeOfFive, "postTest", 90),
                        Map.of("nip", failedTest, "preTest", 60, "postTest", 69.5),
                        Map.of("nip", TestNips.pns(), "postTest", 99))))
                .post("/api/v1/sessions/" + sessionId + "/results").then().statusCode(200)
                .body("stored", equalTo(List.of(true, true, true, true, false)))
                .body("[4].reason", equalTo("NOT_ENROLLED"));

        String certificate;
        try (TopicReader reader = TopicReader.of(Topics.TRAINING)) {
            JsonPath outcomes = as(partner).post("/api/v1/sessions/" + sessionId + "/completion")
                    .then().statusCode(200).extract().jsonPath();

            assertThat(outcome(outcomes, full, "status")).isEqualTo("COMPLETED");
            assertThat(outcome(outcomes, fourOfFive, "status")).isEqualTo("COMPLETED");
            assertThat(outcome(outcomes, threeOfFive, "shortfalls")).isEqualTo(List.of("ATTENDANCE_BELOW_SHARE"));
            assertThat(outcome(outcomes, failedTest, "shortfalls")).isEqualTo(List.of("POST_TEST_BELOW_PASS_MARK"));
            assertThat(outcome(outcomes, noTest, "shortfalls")).isEqualTo(List.of("POST_TEST_MISSING"));
            certificate = (String) outcome(outcomes, full, "certificateNumber");
            assertThat(certificate).startsWith("ASN-2026-");

            List<ConsumerRecord<String, String>> events = reader.await(r -> r.value().contains("asn.training.completed.v1")
                    && r.value().contains(program), 2);
            assertThat(events).extracting(ConsumerRecord::key).containsExactlyInAnyOrder(full, fourOfFive);
            events.forEach(e -> EventSchemaAssert.assertConforms(e.value()));
            JsonNode data = TestAgency.JSON.readTree(events.stream().filter(e -> e.key().equals(full)).findFirst()
                    .orElseThrow().value()).get("data");
            assertThat(data.get("jp").decimalValue()).isEqualByComparingTo("50");
            assertThat(data.get("certificateNumber").asText()).isEqualTo(certificate);
            assertThat(data.get("startDate").asText()).isEqualTo("2026-01-05");
            assertThat(data.get("completedOn").asText()).isEqualTo("2026-01-09");
            assertThat(data.get("competencies").toString()).contains("\"M8\"").contains("\"targetLevel\":2");

            // anyone can verify the certificate; it reveals name, programme and date only
            given().get("/api/v1/certificates/verify/" + certificate).then().statusCode(200)
                    .body("holderName", equalTo("Pegawai " + full.substring(12)))
                    .body("completedOn", equalTo("2026-01-09"))
                    .body("keySet()", equalTo(java.util.Set.of("number", "holderName", "programTitle", "completedOn")));
            given().get("/api/v1/certificates/verify/ASN-2026-NOSUCHNUMB").then().statusCode(404);
            // the one endpoint without a token: input the database cannot store is a 400, never a 500
            given().urlEncodingEnabled(false).get("/api/v1/certificates/verify/ASN-2026%00").then().statusCode(400)
                    .contentType("application/problem+json").body("errors[0].field", equalTo("number"));

            as(agency.employeeToken(full)).get("/api/v1/jp-ledger/" + full + "?year=2026").then().statusCode(200)
                    .body("earnedJp", num("50")).body("minimumMet", equalTo(true))
                    .body("entries[0].certificateNumber", equalTo(certificate))
                    .body("entries[0].minutes", equalTo(2250));
            as(agency.employeeToken(threeOfFive)).get("/api/v1/jp-ledger/" + threeOfFive + "?year=2026")
                    .then().body("earnedJp", num("0"));
        }

        // a corrected attendance row lets the participant complete on a second decision, once hr-admin reopened
        // the closed session (docs/domain.md §2.6.5); the reopened decision covers every participant
        String excused = as(partner).get("/api/v1/attendance/meetings/" + meetings.get(3) + "?size=200").then()
                .extract().jsonPath().param("nip", threeOfFive).getString("items.find { it.nip == nip }.id");
        as(partner).body(Map.of("status", "PRESENT", "reason", "Izin ternyata hadir sore"))
                .put("/api/v1/attendance/" + excused).then().statusCode(409);
        as(agency.hrAdmin).body(Map.of("reason", "Daftar hadir manual pertemuan 4 diterima"))
                .post("/api/v1/sessions/" + sessionId + "/reopen").then().statusCode(200);
        as(partner).body(Map.of("status", "PRESENT", "reason", "Izin ternyata hadir sore"))
                .put("/api/v1/attendance/" + excused).then().statusCode(200);
        as(partner).post("/api/v1/sessions/" + sessionId + "/completion").then().statusCode(200)
                .body("find { it.nip == '" + threeOfFive + "' }.status", equalTo("COMPLETED"))
                .body("find { it.nip == '" + full + "' }.certificateNumber", equalTo(certificate))
                .body("size()", equalTo(5));
    }

    /**
     * Issue 13 item 6, docs/domain.md §2.6.5: a closed session takes no amendment; hr-admin reopens it with a
     * reason, the partner amends, and deciding completion again corrects certificates, the ledger and consumers.
     */
    @Test
    void aReopenedSessionCorrectsCertificatesLedgerAndWhatConsumersWereTold() throws Exception {
        String keeps = TestNips.pns();
        String loses = TestNips.pns();
        String gains = TestNips.pns();
        agency.employees("u-reopen", null, keeps, loses, gains);
        String institution = agency.institution();
        String partner = agency.partnerToken(institution);
        String program = agency.program(institution, Map.of());
        JsonPath session = agency.session(program, 10, "NOMINATION", LocalDate.of(2026, 2, 2), LocalDate.of(2026, 2, 3))
                .extract().jsonPath();
        String sessionId = session.getString("id");
        List<String> meetings = session.getList("meetings.id");
        List.of(keeps, loses, gains).forEach(nip -> agency.nominate(sessionId, nip));
        as(partner).body(Map.of("rows", List.of(row("r1-k", keeps, "HADIR"), row("r1-l", loses, "HADIR"),
                row("r1-g", gains, "HADIR")))).post("/api/v1/attendance/meetings/" + meetings.get(0))
                .then().statusCode(200).body("created", equalTo(3));
        String losesSecond = as(partner).body(Map.of("rows", List.of(row("r2-k", keeps, "HADIR"),
                        row("r2-l", loses, "HADIR"), row("r2-g", gains, "ALPA"))))
                .post("/api/v1/attendance/meetings/" + meetings.get(1)).then().statusCode(200)
                .extract().path("rows[1].attendanceId");
        String gainsSecond = as(partner).get("/api/v1/attendance/meetings/" + meetings.get(1) + "?size=200").then()
                .extract().jsonPath().param("nip", gains).getString("items.find { it.nip == nip }.id");
        JsonPath first = as(partner).post("/api/v1/sessions/" + sessionId + "/completion").then().statusCode(200)
                .extract().jsonPath();
        String keptCertificate = (String) outcome(first, keeps, "certificateNumber");
        String lostCertificate = (String) outcome(first, loses, "certificateNumber");
        assertThat(outcome(first, gains, "status")).isEqualTo("NOT_COMPLETED");

        // closed: nobody amends, and the answer says who may reopen
        Map<String, Object> absent = Map.of("status", "ABSENT", "reason", "Tanda tangan daftar hadir dipalsukan");
        as(partner).body(absent).put("/api/v1/attendance/" + losesSecond).then().statusCode(409)
                .contentType("application/problem+json")
                .body("detail", org.hamcrest.Matchers.containsString("hr-admin"));
        as(agency.hrAdmin).body(absent).put("/api/v1/attendance/" + losesSecond).then().statusCode(409);
        as(partner).body(Map.of("reason", "salah input")).post("/api/v1/attendance/" + losesSecond + "/void")
                .then().statusCode(409);
        as(partner).body(Map.of("rows", List.of(row("r2-x", gains, "HADIR"))))
                .post("/api/v1/attendance/meetings/" + meetings.get(1)).then().statusCode(409);
        as(partner).body(Map.of("rows", List.of(Map.of("nip", loses, "postTest", 10))))
                .post("/api/v1/sessions/" + sessionId + "/results").then().statusCode(409);

        // only hr-admin reopens, only with a reason, only a closed session
        String reason = "Penyelenggara menyerahkan daftar hadir manual pertemuan 2";
        as(partner).body(Map.of("reason", reason)).post("/api/v1/sessions/" + sessionId + "/reopen")
                .then().statusCode(403);
        as(agency.hrAdmin).body(Map.of("reason", " ")).post("/api/v1/sessions/" + sessionId + "/reopen")
                .then().statusCode(400).body("errors[0].field", equalTo("reason"));
        as(new Agency("completion-other").hrAdmin).body(Map.of("reason", reason))
                .post("/api/v1/sessions/" + sessionId + "/reopen").then().statusCode(404);
        as(agency.hrAdmin).body(Map.of("reason", reason)).post("/api/v1/sessions/" + sessionId + "/reopen")
                .then().statusCode(200).body("status", equalTo("REOPENED"))
                .body("reopened.reason", equalTo(reason)).body("reopened.by", equalTo("hr-" + agency.tenant))
                .body("reopened.at", org.hamcrest.Matchers.notNullValue());
        as(agency.hrAdmin).body(Map.of("reason", reason)).post("/api/v1/sessions/" + sessionId + "/reopen")
                .then().statusCode(422);
        as(agency.hrAdmin).body(Map.of("sessionId", sessionId, "nip", TestNips.pns())).post("/api/v1/enrollments")
                .then().statusCode(422);

        as(partner).body(absent).put("/api/v1/attendance/" + losesSecond).then().statusCode(200);
        as(partner).body(Map.of("status", "PRESENT", "reason", "Hadir, mesin presensi mati"))
                .put("/api/v1/attendance/" + gainsSecond).then().statusCode(200);

        try (TopicReader reader = TopicReader.of(Topics.TRAINING)) {
            JsonPath second = as(partner).post("/api/v1/sessions/" + sessionId + "/completion").then()
                    .statusCode(200).body("size()", equalTo(3)).extract().jsonPath();
            assertThat(outcome(second, keeps, "certificateNumber")).isEqualTo(keptCertificate);
            assertThat(outcome(second, loses, "status")).isEqualTo("NOT_COMPLETED");
            assertThat(outcome(second, loses, "certificateNumber")).isNull();
            String gainedCertificate = (String) outcome(second, gains, "certificateNumber");
            assertThat(gainedCertificate).startsWith("ASN-2026-");

            JsonNode withdrawal = data(reader.await(r -> r.key().equals(loses)
                    && r.value().contains("asn.training.completion-corrected.v1"), 1).get(0));
            assertThat(withdrawal.get("revision").asInt()).isEqualTo(2);
            assertThat(withdrawal.get("completed").asBoolean()).isFalse();
            assertThat(withdrawal.get("jp").decimalValue()).isEqualByComparingTo("0");
            assertThat(withdrawal.get("revokedCertificateNumber").asText()).isEqualTo(lostCertificate);
            assertThat(withdrawal.get("reason").asText()).isEqualTo(reason);
            List<ConsumerRecord<String, String>> gained = reader.await(r -> r.key().equals(gains)
                    && r.value().contains("asn.training.completed.v1"), 1);
            assertThat(data(gained.get(0)).get("certificateNumber").asText()).isEqualTo(gainedCertificate);
            reader.matching(r -> r.key().equals(loses) || r.key().equals(gains))
                    .forEach(r -> EventSchemaAssert.assertConforms(r.value()));
            // the one that kept its completion was told nothing new
            assertThat(reader.matching(r -> r.key().equals(keeps)
                    && r.value().contains("asn.training.completion-corrected.v1"))).isEmpty();
            assertThat(reader.matching(r -> r.key().equals(keeps) && r.value().contains("asn.training.completed.v1")))
                    .hasSize(1);
        }
        as(agency.hrAdmin).get("/api/v1/sessions/" + sessionId).then().body("status", equalTo("CLOSED"));
        as(agency.hrAdmin).get("/api/v1/jp-ledger/" + loses + "?year=2026").then().body("earnedJp", num("0"));
        as(agency.hrAdmin).get("/api/v1/jp-ledger/" + gains + "?year=2026").then().body("earnedJp", num("20"));
        as(agency.hrAdmin).get("/api/v1/jp-ledger/" + keeps + "?year=2026").then().body("earnedJp", num("20"));
        given().get("/api/v1/certificates/verify/" + lostCertificate).then().statusCode(422)
                .contentType("application/problem+json");
        given().get("/api/v1/certificates/verify/" + keptCertificate).then().statusCode(200);

        // reopened once more and corrected back: a reissued certificate and the next revision
        as(agency.hrAdmin).body(Map.of("reason", "Pemalsuan tidak terbukti")).post("/api/v1/sessions/" + sessionId
                + "/reopen").then().statusCode(200).body("reopened.reason", equalTo("Pemalsuan tidak terbukti"));
        as(partner).body(Map.of("status", "PRESENT", "reason", "Pemalsuan tidak terbukti"))
                .put("/api/v1/attendance/" + losesSecond).then().statusCode(200);
        try (TopicReader reader = TopicReader.of(Topics.TRAINING)) {
            String reissued = (String) outcome(as(partner).post("/api/v1/sessions/" + sessionId + "/completion")
                    .then().statusCode(200).extract().jsonPath(), loses, "certificateNumber");
            assertThat(reissued).isNotNull().isNotEqualTo(lostCertificate);
            JsonNode again = data(reader.await(r -> r.key().equals(loses)
                    && r.value().contains("asn.training.completion-corrected.v1")
                    && r.value().contains(reissued), 1).get(0));
            assertThat(again.get("revision").asInt()).isEqualTo(3);
            assertThat(again.get("completed").asBoolean()).isTrue();
            assertThat(again.get("jp").decimalValue()).isEqualByComparingTo("20");
            given().get("/api/v1/certificates/verify/" + reissued).then().statusCode(200);
        }
        as(agency.hrAdmin).get("/api/v1/jp-ledger/" + loses + "?year=2026").then().body("earnedJp", num("20"));
        given().get("/api/v1/certificates/verify/" + lostCertificate).then().statusCode(422);
    }

    private static JsonNode data(ConsumerRecord<String, String> record) throws Exception {
        return TestAgency.JSON.readTree(record.value()).get("data");
    }

    @Test
    void completionWaitsForTheLastMeeting() {
        String institution = agency.institution();
        String program = agency.program(institution, Map.of());
        String sessionId = agency.session(program, 5, "NOMINATION", LocalDate.now().plusDays(3)).extract().path("id");
        as(agency.hrAdmin).post("/api/v1/sessions/" + sessionId + "/completion").then().statusCode(422)
                .contentType("application/problem+json");
    }

    /** docs/domain.md §2.6.3: a wrong NIP or a score out of range rejects its row; the other rows are stored. */
    @Test
    void eachScoreRowIsJudgedOnItsOwn() {
        String ani = TestNips.pns();
        String budi = TestNips.pns();
        agency.employees("u-1", null, ani, budi);
        String institution = agency.institution();
        String partner = agency.partnerToken(institution);
        String program = agency.program(institution, Map.of());
        String sessionId = agency.session(program, 10, "NOMINATION", LocalDate.of(2026, 2, 2)).extract().path("id");
        agency.nominate(sessionId, ani);
        agency.nominate(sessionId, budi);

        JsonPath results = as(partner).header("Accept-Language", "en").body(Map.of("rows", List.of(
                        Map.of("nip", ani, "preTest", 50, "postTest", 80),
                        Map.of("nip", "1986092620150510", "postTest", 80),
                        Map.of("nip", budi, "preTest", -1, "postTest", 820))))
                .post("/api/v1/sessions/" + sessionId + "/results").then().statusCode(200).extract().jsonPath();

        assertThat(results.getList("stored")).containsExactly(true, false, false);
        assertThat(results.getList("reason")).containsExactly(null, "INVALID_NIP", "SCORE_OUT_OF_RANGE");
        assertThat(results.getString("[1].errors[0].message")).isEqualTo("a NIP / NI PPPK has 18 digits");
        assertThat(results.getList("[2].errors.field")).containsExactly("preTest", "postTest");
        assertThat(results.getString("[2].errors[1].message")).isEqualTo("postTest must be between 0 and 100");
        // budi's row stored nothing: a later valid row is stored as if the bad one had never come
        as(partner).body(Map.of("rows", List.of(Map.of("nip", budi, "postTest", 82))))
                .post("/api/v1/sessions/" + sessionId + "/results").then().statusCode(200)
                .body("[0].stored", equalTo(true));
    }

    private static Object outcome(JsonPath outcomes, String nip, String field) {
        return outcomes.param("nip", nip).get("find { it.nip == nip }." + field);
    }
}
