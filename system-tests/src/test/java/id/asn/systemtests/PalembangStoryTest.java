package id.asn.systemtests;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import id.asn.localstack.App;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The story of issue 5, through the gateway only, with real tokens: an HR system imports Palembang's employees,
 * hr-admin sets a position's standard, an assessor records an assessment, the gap reaches training-service as a
 * need, hr-admin runs a training for it, the partner institution posts attendance and results with its
 * client-credentials token, and the employee sees the JP and the training on the competency profile.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PalembangStoryTest {

    // the demo identities of the local stack's issuer (gateway/src/main/resources/dev-identities.json)
    private static final String EMPLOYEE_NIP = "199004222015032001";
    private static final String SUPERVISOR_NIP = "197803152005011001";
    private static final String PALEMBANG_PARTNER = "3b0f5c1e-7a2d-4c8e-9f10-5a1e0c0b0001";
    private static final List<String> NATIONAL = List.of("M1", "M2", "M3", "M4", "M5", "M6", "M7", "M8", "SK1");
    private static final Duration EVENTUALLY = Duration.ofSeconds(60);

    private static SystemStack system;
    private static final String RUN = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    private static String programTitle;
    private static String sessionId;

    @BeforeAll
    static void start() {
        system = SystemStack.get();
    }

    @Test
    @Order(1)
    void anHrSystemImportsEmployeesAndHrAdminSetsThePositionStandard() {
        String unitId = system.as("hr.palembang")
                .body(Map.of("code", "BKPSDM-" + RUN, "name", "Badan Kepegawaian dan Pengembangan SDM"))
                .post("/api/v1/units").then().statusCode(201).extract().path("id");
        String positionId = system.as("hr.palembang")
                .body(Map.of("code", "ANALIS-" + RUN, "title", "Analis SDM Aparatur",
                        "positionClass", "ADMINISTRATOR", "unitId", unitId))
                .post("/api/v1/positions").then().statusCode(201).extract().path("id");
        List<Map<String, Object>> items = new ArrayList<>();
        NATIONAL.forEach(code -> items.add(Map.of("competencyCode", code, "requiredLevel", 3)));
        system.as("hr.palembang").body(Map.of("effectiveFrom", LocalDate.now().withDayOfYear(1).toString(),
                        "items", items))
                .post("/api/v1/positions/" + positionId + "/standards").then().statusCode(201);

        JsonPath imported = system.as("integration.palembang")
                .header("Idempotency-Key", "siasn-sync-" + RUN)
                .body(Map.of("rows", List.of(
                        employeeRow(SUPERVISOR_NIP, "Hendra Gunawan", "BKPSDM-" + RUN, null, null),
                        employeeRow("1990 0422 201503 2 001", "Sri Wahyuni", "BKPSDM-" + RUN, "ANALIS-" + RUN,
                                SUPERVISOR_NIP))))
                .post("/api/v1/employees/import").then().statusCode(200).extract().jsonPath();
        assertThat(imported.getInt("rejected")).isZero();
        assertThat(imported.getList("rows.nip", String.class)).containsExactly(SUPERVISOR_NIP, EMPLOYEE_NIP);
    }

    @Test
    @Order(2)
    void anAssessmentsGapReachesTrainingAsANeed() {
        List<Map<String, Object>> scores = new ArrayList<>();
        NATIONAL.forEach(code -> scores.add(Map.of("competencyCode", code,
                "score", code.equals("M5") ? new BigDecimal("2.00") : new BigDecimal("3.50"))));
        system.as("assessor.palembang").body(Map.of("nip", EMPLOYEE_NIP, "method", "ASSESSMENT_CENTRE",
                        "assessor", "UPT Penilaian Kompetensi", "assessedOn", LocalDate.now().minusDays(20).toString(),
                        "scores", scores))
                .post("/api/v1/assessments").then().statusCode(201);

        await().atMost(EVENTUALLY).untilAsserted(() -> system.as("hr.palembang").queryParam("nip", EMPLOYEE_NIP)
                .get("/api/v1/training-needs").then().statusCode(200)
                .body("items.competencyCode", hasItem("M5")));
    }

    @Test
    @Order(3)
    void hrAdminRunsATrainingAndThePartnerPostsAttendanceAndResults() {
        system.as("hr.palembang").body(Map.of("id", PALEMBANG_PARTNER, "name", "BPSDM Provinsi Sumatera Selatan",
                "kind", "GOVERNMENT")).post("/api/v1/institutions").then().statusCode(201);
        programTitle = "Pelatihan Pelayanan Publik " + RUN;
        Map<String, Object> program = new LinkedHashMap<>();
        program.put("title", programTitle);
        program.put("developmentPath", "PELATIHAN_KLASIKAL");
        program.put("form", "PELATIHAN_TEKNIS");
        program.put("institutionId", PALEMBANG_PARTNER);
        program.put("costPerParticipant", 1_500_000);
        program.put("postTestRequired", true);
        program.put("passMark", 70);
        program.put("competencies", List.of(Map.of("competencyCode", "M5", "targetLevel", 3)));
        String programId = system.as("hr.palembang").body(program).post("/api/v1/programs")
                .then().statusCode(201).extract().path("id");
        JsonPath session = system.as("hr.palembang").body(session(programId, "Angkatan I")).post("/api/v1/sessions")
                .then().statusCode(201).extract().jsonPath();
        sessionId = session.getString("id");
        List<String> meetings = session.getList("meetings.id", String.class);

        // the employee reaches training-service through asn.employee; nominate once it has arrived
        await().atMost(EVENTUALLY).untilAsserted(() -> system.as("hr.palembang")
                .body(Map.of("sessionId", sessionId, "nip", EMPLOYEE_NIP)).post("/api/v1/enrollments")
                .then().statusCode(201));

        String partner = system.clientCredentialsToken("partner.palembang", "demo-secret-partner-palembang");
        for (int i = 0; i < meetings.size(); i++) {
            given().auth().oauth2(partner).contentType(ContentType.JSON)
                    .header("Idempotency-Key", "bpsdm-" + RUN + "-" + i)
                    .body(Map.of("rows", List.of(Map.of("externalId", "bpsdm-" + RUN + "-" + i + "-1",
                            "nip", EMPLOYEE_NIP, "status", "PRESENT"))))
                    .post("/api/v1/attendance/meetings/" + meetings.get(i))
                    .then().statusCode(200).body("created", equalTo(1)).body("rejected", equalTo(0));
        }
        given().auth().oauth2(partner).contentType(ContentType.JSON)
                .body(Map.of("rows", List.of(Map.of("nip", EMPLOYEE_NIP, "preTest", 55, "postTest", 85))))
                .post("/api/v1/sessions/" + sessionId + "/results").then().statusCode(200);
        given().auth().oauth2(partner).contentType(ContentType.JSON)
                .post("/api/v1/sessions/" + sessionId + "/completion").then().statusCode(200);
    }

    @Test
    @Order(4)
    void theEmployeeSeesTheJpAndTheTrainingOnTheProfile() {
        system.as("employee.palembang").get("/api/v1/jp-ledger/" + EMPLOYEE_NIP).then().statusCode(200)
                .body("earnedJp", equalTo(20.0f)).body("minimumMet", equalTo(true));
        await().atMost(EVENTUALLY).untilAsserted(() -> system.as("employee.palembang")
                .get("/api/v1/employees/" + EMPLOYEE_NIP + "/profile").then().statusCode(200)
                .body("trainings.programTitle", hasItem(programTitle)));
    }

    @Test
    @Order(5)
    void thePartnerCannotReachAnotherAgencysSession() {
        String sawahluntoInstitution = system.as("hr.sawahlunto").body(Map.of("name", "Balai Diklat Sawahlunto " + RUN,
                "kind", "GOVERNMENT")).post("/api/v1/institutions").then().statusCode(201).extract().path("id");
        Map<String, Object> program = new LinkedHashMap<>();
        program.put("title", "Pelatihan Arsip " + RUN);
        program.put("developmentPath", "PELATIHAN_KLASIKAL");
        program.put("form", "PELATIHAN_TEKNIS");
        program.put("institutionId", sawahluntoInstitution);
        program.put("costPerParticipant", 500_000);
        program.put("postTestRequired", false);
        program.put("competencies", List.of());
        String programId = system.as("hr.sawahlunto").body(program).post("/api/v1/programs")
                .then().statusCode(201).extract().path("id");
        String meeting = system.as("hr.sawahlunto").body(session(programId, "Angkatan S")).post("/api/v1/sessions")
                .then().statusCode(201).extract().path("meetings[0].id");

        String partner = system.clientCredentialsToken("partner.palembang", "demo-secret-partner-palembang");
        given().auth().oauth2(partner).contentType(ContentType.JSON)
                .body(Map.of("rows", List.of(Map.of("externalId", "x-" + RUN, "nip", EMPLOYEE_NIP,
                        "status", "PRESENT"))))
                .post("/api/v1/attendance/meetings/" + meeting)
                .then().statusCode(404).contentType(startsWith("application/problem+json"));
    }

    @Test
    @Order(6)
    void anotherAgencysHrAdminDoesNotSeePalembangsEmployee() {
        system.as("hr.tanjungpinang").get("/api/v1/employees/" + EMPLOYEE_NIP).then().statusCode(404)
                .contentType(startsWith("application/problem+json"));
        system.as("hr.palembang").get("/api/v1/employees/" + EMPLOYEE_NIP).then().statusCode(200);
    }

    @Test
    @Order(7)
    void anEmployeeCannotCallAnHrAdminOperation() {
        system.as("employee.palembang").body(Map.of("code", "X-" + RUN, "name", "Unit liar"))
                .post("/api/v1/units").then().statusCode(403).contentType(startsWith("application/problem+json"));
    }

    @Test
    @Order(8)
    void whenTrainingServiceStopsItsRoutesAnswer503AndTheOthersKeepAnswering() {
        system.stack.stopService(App.TRAINING.module());
        try {
            system.as("hr.palembang").get("/api/v1/programs").then().statusCode(503)
                    .contentType(startsWith("application/problem+json"));
            system.as("hr.palembang").get("/api/v1/competencies").then().statusCode(200);
        } finally {
            system.stack.startService(App.TRAINING.module());
        }
        system.as("hr.palembang").get("/api/v1/programs").then().statusCode(200);
    }

    private static Map<String, Object> employeeRow(String nip, String name, String unitCode, String positionCode,
                                                   String supervisorNip) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("nip", nip);
        row.put("name", name);
        row.put("employeeType", "PNS");
        row.put("unitCode", unitCode);
        row.put("positionCode", positionCode);
        row.put("supervisorNip", supervisorNip);
        row.put("rank", "III/c");
        row.put("education", "S1");
        return row;
    }

    /** A session with two full-day meetings that are already over (10 JP each at 45 minutes a JP). */
    private static Map<String, Object> session(String programId, String name) {
        List<Map<String, Object>> meetings = new ArrayList<>();
        for (int daysAgo : new int[] {3, 2}) {
            meetings.add(Map.of("date", LocalDate.now().minusDays(daysAgo).toString(), "start", "08:00",
                    "end", "15:30", "mode", "IN_PERSON", "location", "Aula BKPSDM"));
        }
        return Map.of("programId", programId, "name", name, "capacity", 30, "enrollmentMode", "NOMINATION",
                "mandatory", false, "meetings", meetings);
    }
}
