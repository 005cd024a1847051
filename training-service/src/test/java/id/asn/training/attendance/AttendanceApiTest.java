package id.asn.training.attendance;

import static id.asn.platform.testinfra.TestAgency.as;
import static id.asn.training.support.Agency.row;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import com.fasterxml.jackson.databind.JsonNode;
import id.asn.platform.events.Topics;
import id.asn.platform.testinfra.EventSchemaAssert;
import id.asn.platform.testinfra.TestAgency;
import id.asn.platform.testinfra.TestNips;
import id.asn.platform.testinfra.TopicReader;
import id.asn.training.support.Agency;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Partner attendance end to end. Every test runs its own course (institution, partner, session with three
 * meetings, three participants), so the tests hold in any order; only the agency's employees are shared.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AttendanceApiTest {

    private final Agency agency = new Agency("attendance");
    private final String ani = TestNips.pns();
    private final String budi = TestNips.pns();
    private final String citra = TestNips.pns();
    private final String notEnrolled = TestNips.pns();
    private boolean employeesKnown;

    // REST Assured knows the application's port only once a test runs, hence not @BeforeAll
    @BeforeEach
    void registerEmployees() {
        if (!employeesKnown) {
            agency.employees("u-1", null, ani, budi, citra, notEnrolled);
            employeesKnown = true;
        }
    }

    /** A session of its own institution with three meetings and ani, budi and citra enrolled. */
    private record Course(String institution, String partner, String sessionId) {
        String meeting(int index) {
            return as(partner).get("/api/v1/sessions/" + sessionId).then().statusCode(200)
                    .extract().path("meetings[" + index + "].id");
        }
    }

    private Course course() {
        String institution = agency.institution();
        String program = agency.program(institution, Map.of());
        String sessionId = agency.session(program, 30, "NOMINATION", LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 3),
                LocalDate.of(2026, 3, 4)).extract().path("id");
        agency.nominate(sessionId, ani);
        agency.nominate(sessionId, budi);
        agency.nominate(sessionId, citra);
        return new Course(institution, agency.partnerToken(institution), sessionId);
    }

    @Test
    void aBatchWithGoodDuplicateAndBadRowsAnswersPerRowAndRecordsOnlyTheGoodOnes() {
        Course course = course();
        String partner = course.partner();
        String meeting = course.meeting(0);
        String unknown = TestNips.pns();
        List<Map<String, Object>> rows = List.of(
                row("m0-1", ani, "PRESENT"),
                row("m0-2", budi, "LATE"),
                row("m0-3", ani, "ABSENT"),          // same NIP again
                row("m0-2", citra, "PRESENT"),       // same externalId again
                row("m0-5", notEnrolled, "PRESENT"),
                row("m0-6", unknown, "PRESENT"));

        try (TopicReader reader = TopicReader.of(Topics.TRAINING)) {
            JsonPath result = as(partner).header("Idempotency-Key", UUID.randomUUID().toString())
                    .body(Map.of("rows", rows)).post("/api/v1/attendance/meetings/" + meeting)
                    .then().statusCode(200).extract().jsonPath();

            assertThat(result.getInt("received")).isEqualTo(6);
            assertThat(result.getInt("created")).isEqualTo(2);
            assertThat(result.getInt("rejected")).isEqualTo(4);
            assertThat(result.getList("rows.outcome")).containsExactly("CREATED", "CREATED", "REJECTED", "REJECTED",
                    "REJECTED", "REJECTED");
            assertThat(result.getList("rows.reason")).containsExactly(null, null, "DUPLICATE_NIP_IN_BATCH",
                    "DUPLICATE_EXTERNAL_ID_IN_BATCH", "NOT_ENROLLED", "UNKNOWN_NIP");

            as(partner).get("/api/v1/attendance/meetings/" + meeting).then().statusCode(200)
                    .body("totalItems", equalTo(2));

            List<ConsumerRecord<String, String>> events = reader.await(r -> r.value().contains(meeting)
                    && r.value().contains("attendance-recorded") && List.of(ani, budi).contains(r.key()), 2);
            assertThat(events).extracting(ConsumerRecord::key).containsExactlyInAnyOrder(ani, budi);
            events.forEach(e -> EventSchemaAssert.assertConforms(e.value()));
        }
    }

    @Test
    void theSameBatchSentAgainChangesNothing() {
        Course course = course();
        String partner = course.partner();
        String meeting = course.meeting(1);
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = Map.of("rows", List.of(row("m1-1", ani, "PRESENT"), row("m1-2", budi, "EXCUSED")));

        String first = as(partner).header("Idempotency-Key", key).body(body)
                .post("/api/v1/attendance/meetings/" + meeting).then().statusCode(200).extract().asString();
        // same key: the stored answer, nothing written again
        String replay = as(partner).header("Idempotency-Key", key).body(body)
                .post("/api/v1/attendance/meetings/" + meeting).then().statusCode(200)
                .header("Idempotent-Replayed", "true").extract().asString();
        assertThat(JsonPath.from(replay).getList("rows")).isEqualTo(JsonPath.from(first).getList("rows"));

        // no key, same rows: each row is recognised by its externalId
        as(partner).body(body).post("/api/v1/attendance/meetings/" + meeting).then().statusCode(200)
                .body("created", equalTo(0)).body("unchanged", equalTo(2))
                .body("rows.attendanceId", equalTo(JsonPath.from(first).getList("rows.attendanceId")));

        // same key, other body: refused
        as(partner).header("Idempotency-Key", key).body(Map.of("rows", List.of(row("m1-1", ani, "ABSENT"))))
                .post("/api/v1/attendance/meetings/" + meeting).then().statusCode(409)
                .contentType("application/problem+json");

        as(partner).get("/api/v1/attendance/meetings/" + meeting).then().body("totalItems", equalTo(2));
    }

    @Test
    void aMalformedEnvelopeRefusesTheWholeRequestAndWritesNothing() {
        Course course = course();
        String partner = course.partner();
        String meeting = course.meeting(2);

        as(partner).body(Map.of("rows", List.of())).post("/api/v1/attendance/meetings/" + meeting)
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("rows"));
        // a value of another JSON type than documented is the client's code, not its data: the whole request
        as(partner).body("{\"rows\":[{\"externalId\":\"m2-1\",\"nip\":\"" + ani + "\",\"status\":\"PRESENT\"},"
                        + "{\"externalId\":\"m2-2\",\"nip\":" + budi + ",\"status\":\"PRESENT\"}]}")
                .post("/api/v1/attendance/meetings/" + meeting)
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("rows[1].nip"));
        as(partner).body("{\"rows\":[{\"externalId\":\"m2-1\",\"nip\":\"" + ani + "\",\"status\":\"PRESENT\","
                        + "\"checkIn\":\"2026-03-02T07:52:10+07:00\"}]}")
                .post("/api/v1/attendance/meetings/" + meeting)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("rows[0].checkIn"));
        as(partner).body("{\"rows\":[{\"externalId\":\"m2-1\",\"nip\":\"" + ani + "\",\"status\":\"PRE\\u0000SENT\"}]}")
                .post("/api/v1/attendance/meetings/" + meeting)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("rows[0].status"));

        as(partner).get("/api/v1/attendance/meetings/" + meeting).then().body("totalItems", equalTo(0));
    }

    /**
     * docs/domain.md §2.6.3: a 5,000-row batch with one NIP of the wrong shape and one unknown status word names
     * both rows in one answer, and records every good row.
     */
    @Test
    void everyBadRowOfALargeBatchIsNamedInOneAnswerAndTheGoodRowsAreRecorded() {
        Course course = course();
        String meeting = course.meeting(2);
        List<Map<String, Object>> rows = new ArrayList<>();
        rows.add(row("big-0", ani, "HADIR"));
        rows.add(row("big-1", "19900315201903200", "PRESENT"));   // 17 digits
        rows.add(row("big-2", budi, "CUTI"));                     // not a status word
        rows.add(row("big-3", citra, "terlambat"));
        for (int i = rows.size(); i < 5000; i++) {
            rows.add(row("big-" + i, TestNips.pns(), "PRESENT"));
        }

        JsonPath result = as(course.partner()).header("Accept-Language", "en").body(Map.of("rows", rows))
                .post("/api/v1/attendance/meetings/" + meeting).then().statusCode(200).extract().jsonPath();

        assertThat(result.getInt("received")).isEqualTo(5000);
        assertThat(result.getInt("created")).isEqualTo(2);
        assertThat(result.getList("rows.outcome").subList(0, 4)).containsExactly("CREATED", "REJECTED", "REJECTED", "CREATED");
        assertThat(result.getList("rows.reason").subList(0, 4)).containsExactly(null, "INVALID_NIP", "INVALID_STATUS", null);
        assertThat(result.getString("rows[1].errors[0].field")).isEqualTo("nip");
        assertThat(result.getString("rows[1].errors[0].message")).isEqualTo("a NIP / NI PPPK has 18 digits");
        assertThat(result.getString("rows[2].errors[0].field")).isEqualTo("status");
        assertThat(result.getString("rows[2].errors[0].message"))
                .isEqualTo("unknown status 'CUTI'; use one of: PRESENT, LATE, EXCUSED, ABSENT, HADIR, TERLAMBAT, "
                        + "IZIN, SAKIT, ALPA");
        assertThat(result.getString("rows[4].reason")).isEqualTo("UNKNOWN_NIP");
        assertThat(result.getList("rows.index")).isEqualTo(java.util.stream.IntStream.range(0, 5000).boxed().toList());

        // the Indonesian words are recorded as the statuses they name
        as(course.partner()).get("/api/v1/attendance/meetings/" + meeting).then().statusCode(200)
                .body("totalItems", equalTo(2))
                .body("items.find { it.nip == '" + ani + "' }.status", equalTo("PRESENT"))
                .body("items.find { it.nip == '" + citra + "' }.status", equalTo("LATE"));
    }

    @Test
    void aRowWithSeveralBadValuesNamesEachAndVoidedIsForTheVoidOperation() {
        Course course = course();
        String meeting = course.meeting(1);
        List<Map<String, Object>> rows = List.of(
                Map.of("externalId", " ", "nip", "1986O926201505100l", "status", "VOIDED", "checkInAt", "08:41"),
                Map.of("externalId", "sv-1", "nip", ani, "status", "VOIDED"),
                Map.of("externalId", "sv-2", "nip", budi, "status", "SAKIT", "checkInAt", "2026-03-02"),
                Map.of("externalId", "sv-3", "nip", citra, "status", "IZIN"));

        JsonPath result = as(course.partner()).body(Map.of("rows", rows))
                .post("/api/v1/attendance/meetings/" + meeting).then().statusCode(200).extract().jsonPath();

        assertThat(result.getList("rows.outcome")).containsExactly("REJECTED", "REJECTED", "REJECTED", "CREATED");
        assertThat(result.getList("rows.reason")).containsExactly("INVALID_EXTERNAL_ID", "INVALID_STATUS",
                "INVALID_CHECK_IN", null);
        assertThat(result.getList("rows[0].errors.field")).containsExactly("externalId", "nip", "status", "checkInAt");
        // Indonesian by default; the NIP rule in words, never a pattern
        assertThat(result.getString("rows[0].errors[1].message")).isEqualTo("NIP/NI PPPK hanya boleh berisi angka (spasi diperbolehkan)");
        assertThat(result.getString("rows[1].errors[0].message")).isEqualTo("Status VOIDED hanya melalui operasi pembatalan baris.");
        as(course.partner()).get("/api/v1/attendance/meetings/" + meeting).then()
                .body("totalItems", equalTo(1)).body("items[0].status", equalTo("EXCUSED"));
    }

    @Test
    void aPartnerCannotReachAnotherInstitutionsMeeting() {
        Course course = course();
        String partner = course.partner();
        String institution = course.institution();
        String sessionId = course.sessionId();
        String other = agency.partnerToken(agency.institution());
        String meeting = course.meeting(0);

        as(other).body(Map.of("rows", List.of(row("x-1", ani, "PRESENT"))))
                .post("/api/v1/attendance/meetings/" + meeting).then().statusCode(404)
                .contentType("application/problem+json");
        as(other).get("/api/v1/attendance/meetings/" + meeting).then().statusCode(404);
        as(other).get("/api/v1/sessions/" + sessionId).then().statusCode(404);
        as(other).get("/api/v1/sessions").then().statusCode(200).body("totalItems", equalTo(0));
        as(partner).get("/api/v1/sessions").then().statusCode(200).body("totalItems", equalTo(1));
        as(other).get("/api/v1/institutions/" + institution).then().statusCode(404);
        // another agency's hr-admin does not see it either
        as(new Agency("elsewhere").hrAdmin).get("/api/v1/attendance/meetings/" + meeting).then().statusCode(404);
    }

    @Test
    void amendAndVoidNeedAReasonAndLeaveAnAuditTrail() {
        Course course = course();
        String partner = course.partner();
        String institution = course.institution();
        String meeting = course.meeting(0);
        as(partner).body(Map.of("rows", List.of(row("am-1", citra, "PRESENT"))))
                .post("/api/v1/attendance/meetings/" + meeting).then().statusCode(200);
        String id = as(partner).get("/api/v1/attendance/meetings/" + meeting + "?size=200").then().extract()
                .jsonPath().param("nip", citra).getString("items.find { it.nip == nip }.id");

        as(partner).body(Map.of("status", "LATE")).put("/api/v1/attendance/" + id)
                .then().statusCode(400).body("errors.field", hasItem("reason"));
        as(partner).body(Map.of("status", "LATE", "checkInAt", "2026-03-02T08:40:00+07:00", "reason", "Jam masuk dari daftar manual"))
                .put("/api/v1/attendance/" + id).then().statusCode(200).body("status", equalTo("LATE"));
        as(agency.hrAdmin).body(Map.of("reason", "Salah orang")).post("/api/v1/attendance/" + id + "/void")
                .then().statusCode(200).body("status", equalTo("VOIDED"));
        as(agency.hrAdmin).body(Map.of("reason", "Lagi")).post("/api/v1/attendance/" + id + "/void")
                .then().statusCode(422);

        as(partner).get("/api/v1/attendance/" + id + "/history").then().statusCode(200)
                .body("action", equalTo(List.of("AMEND", "VOID")))
                .body("oldStatus", equalTo(List.of("PRESENT", "LATE")))
                .body("reason", equalTo(List.of("Jam masuk dari daftar manual", "Salah orang")))
                .body("by", equalTo(List.of("partner-" + institution, "hr-" + agency.tenant)));

        // resending the original row does not undo the correction
        as(partner).body(Map.of("rows", List.of(row("am-1", citra, "PRESENT"))))
                .post("/api/v1/attendance/meetings/" + meeting).then().statusCode(200)
                .body("rows[0].outcome", equalTo("UNCHANGED")).body("rows[0].reason", equalTo("SUPERSEDED_BY_AMENDMENT"));
    }

    @Test
    void rolesOtherThanPartnerAndHrAdminCannotPostAttendance() {
        String meeting = course().meeting(0);
        Map<String, Object> body = Map.of("rows", List.of(row("r-1", ani, "PRESENT")));
        as(agency.employeeToken(ani)).body(body).post("/api/v1/attendance/meetings/" + meeting).then().statusCode(403);
        as(agency.supervisorToken(budi)).body(body).post("/api/v1/attendance/meetings/" + meeting).then().statusCode(403);
        io.restassured.RestAssured.given().contentType("application/json").body(body)
                .post("/api/v1/attendance/meetings/" + meeting).then().statusCode(401);
    }

    @Test
    void aStaleVersionAnswersTheOneStaleVersionProblem() {
        Course course = course();
        String meeting = course.meeting(0);
        as(course.partner()).body(Map.of("rows", List.of(row("sv-1", ani, "PRESENT"))))
                .post("/api/v1/attendance/meetings/" + meeting).then().statusCode(200);
        String id = as(course.partner()).get("/api/v1/attendance/meetings/" + meeting).then().extract()
                .path("items[0].id");

        as(course.partner()).body(Map.of("status", "LATE", "reason", "Terlambat", "version", 7))
                .put("/api/v1/attendance/" + id).then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("urn:asn:problem:stale-version"));
    }

    @Test
    void theConfiguredBatchMaximumIsWhatRefusesABatch() throws Exception {
        // the bound is training.attendance-batch-max (5000 by default), not a constant on the request record
        assertThat(AttendanceViews.RecordAttendance.class.getRecordComponents()[0].getAccessor()
                .getAnnotation(Size.class).max()).isEqualTo(Integer.MAX_VALUE);
        Course course = course();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i <= 5000; i++) {
            rows.add(row("max-" + i, ani, "PRESENT"));
        }
        as(course.partner()).body(Map.of("rows", rows)).post("/api/v1/attendance/meetings/" + course.meeting(0))
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("rows"));
        as(course.partner()).get("/api/v1/attendance/meetings/" + course.meeting(0)).then()
                .body("totalItems", equalTo(0));

        JsonNode document = TestAgency.JSON.readTree(given().accept("application/json").get("/q/openapi?format=json")
                .then().statusCode(200).extract().asString());
        assertThat(document.at("/paths/~1api~1v1~1attendance~1meetings~1{meetingId}/post/description").asText())
                .contains("up to **`training.attendance-batch-max` participants**");
    }

    @Test
    void aSpacedNipAsPrintedOnDecreesIsRecordedAsItsDigits() {
        Course course = course();
        String meeting = course.meeting(0);

        as(course.partner()).body(Map.of("rows", List.of(row("sp-1", TestNips.printed(ani), "PRESENT"))))
                .post("/api/v1/attendance/meetings/" + meeting).then().statusCode(200)
                .body("rows[0].outcome", equalTo("CREATED")).body("rows[0].nip", equalTo(ani));
        as(course.partner()).get("/api/v1/attendance/meetings/" + meeting).then()
                .body("items.nip", equalTo(List.of(ani)));
        as(course.partner()).header("Accept-Language", "en")
                .body(Map.of("rows", List.of(row("sp-2", "19860926 201505 1 00", "PRESENT"))))
                .post("/api/v1/attendance/meetings/" + meeting).then().statusCode(200)
                .body("rows[0].outcome", equalTo("REJECTED")).body("rows[0].reason", equalTo("INVALID_NIP"))
                .body("rows[0].errors.find { it.field == 'nip' }.message", equalTo("a NIP / NI PPPK has 18 digits"));
    }
}
