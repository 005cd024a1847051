package id.asn.systemtests;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The career story of issue 11, through the gateway only: Kota Tanjungpinang's employee, a pelaksana, has served
 * four years in rank; two annual appraisals finalised in appraisal-service make them eligible for regular
 * promotion and place them in the 9-box, and a training completed in training-service raises their potential
 * into the next box, each reaching career-service through Kafka.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TanjungpinangCareerStoryTest {

    // the demo identities of the dev issuer (gateway/src/main/resources/dev-identities.json)
    private static final String SUPERVISOR_NIP = "198011072006041001";
    private static final String EMPLOYEE_NIP = "199207182018022001";
    private static final String PARTNER = "3b0f5c1e-7a2d-4c8e-9f10-5a1e0c0b0002";
    private static final List<String> NATIONAL = List.of("M1", "M2", "M3", "M4", "M5", "M6", "M7", "M8", "SK1");
    private static final Duration EVENTUALLY = Duration.ofSeconds(60);

    private static final String RUN = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    private static final int YEAR = LocalDate.now(ZoneId.of("Asia/Jakarta")).getYear();
    // KP reguler takes effect on 1 April or 1 October; the next April after this year's appraisal (§5.2)
    private static final String NEXT_APRIL = (YEAR + 1) + "-04-01";
    private static SystemStack system;

    @BeforeAll
    static void start() {
        system = SystemStack.get();
    }

    @Test
    @Order(1)
    void theEmployeeHasFourYearsInRankButNoAppraisalsYet() {
        String unitId = system.as("hr.tanjungpinang").body(Map.of("code", "BAPPEDA-" + RUN,
                        "name", "Badan Perencanaan Pembangunan Daerah"))
                .post("/api/v1/units").then().statusCode(201).extract().path("id");
        String positionId = system.as("hr.tanjungpinang").body(Map.of("code", "PENGOLAH-" + RUN,
                        "title", "Pengolah Data Perencanaan", "positionClass", "PELAKSANA", "unitId", unitId))
                .post("/api/v1/positions").then().statusCode(201).extract().path("id");
        List<Map<String, Object>> items = new ArrayList<>();
        NATIONAL.forEach(code -> items.add(Map.of("competencyCode", code, "requiredLevel", 3)));
        system.as("hr.tanjungpinang").body(Map.of("effectiveFrom", LocalDate.now().withDayOfYear(1).toString(),
                "items", items)).post("/api/v1/positions/" + positionId + "/standards").then().statusCode(201);
        JsonPath imported = system.as("integration.tanjungpinang").header("Idempotency-Key", "simpeg-" + RUN)
                .body(Map.of("rows", List.of(row(SUPERVISOR_NIP, "Raja Hafizah", null, null),
                        row(EMPLOYEE_NIP, "Tengku Dewi", "PENGOLAH-" + RUN, SUPERVISOR_NIP))))
                .post("/api/v1/employees/import").then().statusCode(200).extract().jsonPath();
        assertThat(imported.getInt("rejected")).isZero();

        // career-service learns the employee from asn.employee, then hr-admin enters the rank decree
        await().atMost(EVENTUALLY).untilAsserted(() -> system.as("hr.tanjungpinang")
                .get("/api/v1/careers/" + EMPLOYEE_NIP).then().statusCode(200));
        system.as("hr.tanjungpinang").body(Map.of("rank", "III/a", "tmt", (YEAR - 4) + "-04-01",
                        "decreeNumber", "800/SK/" + RUN)).post("/api/v1/careers/" + EMPLOYEE_NIP + "/ranks")
                .then().statusCode(201);
        system.as("hr.tanjungpinang").get(eligibility()).then().statusCode(200).body("eligible", equalTo(false))
                .body("nextRank", equalTo("III/b")).body("unmet.condition", hasItem("PERFORMANCE"));

        // an assessment at the standard: JPM 100, which career-service hears through competency.gap-changed
        List<Map<String, Object>> scores = new ArrayList<>();
        NATIONAL.forEach(code -> scores.add(Map.of("competencyCode", code, "score", new BigDecimal("3.00"))));
        system.as("assessor.tanjungpinang").body(Map.of("nip", EMPLOYEE_NIP, "method", "ASSESSMENT_CENTRE",
                        "assessor", "UPT Penilaian Kompetensi", "assessedOn", LocalDate.now().minusDays(30).toString(),
                        "scores", scores))
                .post("/api/v1/assessments").then().statusCode(201);
    }

    @Test
    @Order(2)
    void twoAppraisalsFinalisedInAppraisalServiceMakeTheEmployeeEligibleAndPlaceThemInTheGrid() {
        finalisedAppraisal(YEAR - 1);
        finalisedAppraisal(YEAR);

        await().atMost(EVENTUALLY).untilAsserted(() -> system.as("employee.tanjungpinang").get(eligibility())
                .then().statusCode(200).body("unmet.condition", equalTo(List.of())).body("eligible", equalTo(true))
                .body("eligibleFrom", equalTo(NEXT_APRIL)));
        // Baik is Sesuai Ekspektasi; JPM 100 × 0.60 = 60, Menengah from 60: box 5 (docs/domain.md §4.3, §4.4)
        await().atMost(EVENTUALLY).untilAsserted(() -> system.as("employee.tanjungpinang").get(talentBox()).then()
                .statusCode(200).body("box", equalTo(5)).body("kinerja", equalTo("SESUAI_EKSPEKTASI"))
                .body("potentialScore", equalTo(60.0f)));
        system.as("hr.tanjungpinang").get("/api/v1/promotions/eligible?on=" + NEXT_APRIL).then().statusCode(200)
                .body("items.nip", hasItem(EMPLOYEE_NIP));
    }

    @Test
    @Order(3)
    void aTrainingCompletedInTrainingServiceRaisesThePotentialIntoBoxEight() {
        system.as("hr.tanjungpinang").body(Map.of("id", PARTNER, "name", "BPSDM Provinsi Kepulauan Riau",
                "kind", "GOVERNMENT")).post("/api/v1/institutions").then().statusCode(201);
        Map<String, Object> program = new LinkedHashMap<>();
        program.put("title", "Pelatihan Perencanaan Pembangunan " + RUN);
        program.put("developmentPath", "PELATIHAN_KLASIKAL");
        program.put("form", "PELATIHAN_TEKNIS");
        program.put("institutionId", PARTNER);
        program.put("costPerParticipant", 1_000_000);
        program.put("postTestRequired", false);
        program.put("competencies", List.of());
        String programId = system.as("hr.tanjungpinang").body(program).post("/api/v1/programs")
                .then().statusCode(201).extract().path("id");
        JsonPath session = system.as("hr.tanjungpinang").body(session(programId)).post("/api/v1/sessions")
                .then().statusCode(201).extract().jsonPath();
        String sessionId = session.getString("id");
        await().atMost(EVENTUALLY).untilAsserted(() -> system.as("hr.tanjungpinang")
                .body(Map.of("sessionId", sessionId, "nip", EMPLOYEE_NIP)).post("/api/v1/enrollments")
                .then().statusCode(201));

        String partner = system.clientCredentialsToken("partner.tanjungpinang", "demo-secret-partner-tanjungpinang");
        List<String> meetings = session.getList("meetings.id", String.class);
        for (int i = 0; i < meetings.size(); i++) {
            given().auth().oauth2(partner).contentType(ContentType.JSON)
                    .header("Idempotency-Key", "bpsdm-kepri-" + RUN + "-" + i)
                    .body(Map.of("rows", List.of(Map.of("externalId", "kepri-" + RUN + "-" + i,
                            "nip", EMPLOYEE_NIP, "status", "PRESENT"))))
                    .post("/api/v1/attendance/meetings/" + meetings.get(i)).then().statusCode(200);
        }
        given().auth().oauth2(partner).contentType(ContentType.JSON)
                .post("/api/v1/sessions/" + sessionId + "/completion").then().statusCode(200);

        // 20 JP is the whole yearly minimum: 60 + 0.25 × 100 = 85, Tinggi from 80: box 8
        await().atMost(EVENTUALLY).untilAsserted(() -> system.as("employee.tanjungpinang").get(talentBox()).then()
                .statusCode(200).body("box", equalTo(8)).body("potensial", equalTo("TINGGI"))
                .body("potentialScore", equalTo(85.0f)).body("reason", containsString("BAIK")));
        system.as("hr.tanjungpinang").get("/api/v1/talent-reviews/" + YEAR + "/placements?box=8").then()
                .statusCode(200).body("items.nip", hasItem(EMPLOYEE_NIP));
        // another agency's hr-admin does not see the employee's box
        system.as("hr.sawahlunto").get(talentBox()).then().statusCode(404);
    }

    /** The employee's annual SKP of {@code year}, agreed, locked, rated Sesuai / Sesuai (Baik) and finalised. */
    private static void finalisedAppraisal(int year) {
        // past work entered today: the plan and evaluation deadlines stay open a while (docs/domain.md §3.3)
        LocalDate soon = LocalDate.now(ZoneId.of("Asia/Jakarta")).plusDays(30);
        LocalDate due = LocalDate.of(year + 1, 1, 31);
        String open = (soon.isAfter(due) ? soon : due).toString();
        String period = system.as("hr.tanjungpinang").body(Map.of("year", year, "planDueOn", open,
                        "evaluationDueOn", open)).post("/api/v1/appraisal-periods")
                .then().statusCode(201).extract().path("id");
        // appraisal-service learns the employee and their rater from asn.employee
        AtomicReference<String> plan = new AtomicReference<>();
        await().atMost(EVENTUALLY).untilAsserted(() -> plan.set(system.as("employee.tanjungpinang")
                .body(Map.of("periodId", period, "content", content())).post("/api/v1/performance-plans")
                .then().statusCode(201).extract().path("id")));
        String plans = "/api/v1/performance-plans/" + plan.get();
        int version = system.as("employee.tanjungpinang").body(Map.of("version", 0)).post(plans + "/agreement")
                .then().statusCode(200).extract().path("version");
        version = system.as("supervisor.tanjungpinang").body(Map.of("version", version)).post(plans + "/agreement")
                .then().statusCode(200).extract().path("version");
        system.as("supervisor.tanjungpinang").body(Map.of("version", version)).post(plans + "/lock")
                .then().statusCode(200);
        String appraisal = system.as("supervisor.tanjungpinang").body(Map.of("planId", plan.get(),
                "periodType", "ANNUAL")).post("/api/v1/appraisals").then().statusCode(201).extract().path("id");
        Map<String, Object> rating = Map.of("rating", "SESUAI_EKSPEKTASI",
                "justification", "Dokumen perencanaan selesai sesuai jadwal.",
                "evidence", List.of("https://sakip.tanjungpinangkota.go.id/laporan/" + year));
        version = system.as("supervisor.tanjungpinang").body(Map.of("version", 0, "hasilKerja", rating,
                        "perilakuKerja", rating)).put("/api/v1/appraisals/" + appraisal + "/rating").then()
                .statusCode(200).extract().path("version");
        system.as("supervisor.tanjungpinang").body(Map.of("version", version))
                .post("/api/v1/appraisals/" + appraisal + "/finalization").then().statusCode(200)
                .body("predikat", equalTo("BAIK"));
    }

    private static String eligibility() {
        return "/api/v1/careers/" + EMPLOYEE_NIP + "/promotion-eligibility?on=" + NEXT_APRIL;
    }

    private static String talentBox() {
        return "/api/v1/careers/" + EMPLOYEE_NIP + "/talent-box?year=" + YEAR;
    }

    private static Map<String, Object> content() {
        List<Map<String, Object>> expectations = new ArrayList<>();
        for (String value : List.of("BERORIENTASI_PELAYANAN", "AKUNTABEL", "KOMPETEN", "HARMONIS", "LOYAL",
                "ADAPTIF", "KOLABORATIF")) {
            expectations.add(Map.of("value", value, "ekspektasiKhusus", "Harapan kepala badan untuk " + value));
        }
        Map<String, Object> work = new LinkedHashMap<>();
        work.put("category", "UTAMA");
        work.put("rhk", "Tersusunnya dokumen RKPD tepat waktu");
        work.put("supervisorRhk", "Meningkatnya kualitas perencanaan pembangunan daerah");
        work.put("indicators", List.of(Map.of("aspect", "WAKTU", "indicator", "Ketepatan waktu penyusunan RKPD",
                "target", "Mei")));
        return Map.of("workResults", List.of(work), "expectations", expectations);
    }

    private static Map<String, Object> row(String nip, String name, String positionCode, String supervisorNip) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("nip", nip);
        row.put("name", name);
        row.put("employeeType", "PNS");
        row.put("unitCode", "BAPPEDA-" + RUN);
        row.put("positionCode", positionCode);
        row.put("supervisorNip", supervisorNip);
        row.put("rank", "III/a");
        row.put("education", "S1");
        return row;
    }

    /** A session with two full-day meetings that are already over (10 JP each at 45 minutes a JP). */
    private static Map<String, Object> session(String programId) {
        List<Map<String, Object>> meetings = new ArrayList<>();
        for (int daysAgo : new int[] {3, 2}) {
            meetings.add(Map.of("date", LocalDate.now().minusDays(daysAgo).toString(), "start", "08:00",
                    "end", "15:30", "mode", "IN_PERSON", "location", "Aula BAPPEDA"));
        }
        return Map.of("programId", programId, "name", "Angkatan I", "capacity", 30, "enrollmentMode", "NOMINATION",
                "mandatory", false, "meetings", meetings);
    }
}
