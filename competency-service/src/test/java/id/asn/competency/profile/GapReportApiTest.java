package id.asn.competency.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import id.asn.competency.Agency;
import id.asn.platform.kit.caller.Roles;
import id.asn.platform.testinfra.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Gap report and job fit over a small agency. Position PX requires M1 2, M2 2, SK1 1. In BIDANG (under DINAS):
 * A has M1 2, M2 1, SK1 1; B has only M1 1. In DINAS: C was never assessed.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GapReportApiTest {

    private final Agency agency = new Agency("report");
    private final Agency other = new Agency("report-other");
    private String dinas;
    private String bidang;
    private String position;
    private String a;
    private String b;
    private String c;

    @Inject
    ExpirySweep sweep;


    @BeforeEach
    void agency() {
        agency.once(() -> {
            dinas = agency.unit("DINAS", null);
            bidang = agency.unit("BIDANG", dinas);
            position = agency.position("PX", "PELAKSANA", bidang);
            Map<String, Integer> standard = new LinkedHashMap<>();
            standard.put("M1", 2);
            standard.put("M2", 2);
            standard.put("SK1", 1);
            agency.standard(position, LocalDate.of(2025, 1, 1), standard);
            a = agency.newNip();
            b = agency.newNip();
            c = agency.newNip();
            agency.employee(a, "Ani", "BIDANG", "PX", null);
            agency.employee(b, "Bayu", "BIDANG", "PX", null);
            agency.employee(c, "Citra", "DINAS", "PX", null);
            LocalDate march = LocalDate.now().minusMonths(8);
            agency.assess(a, "ASSESSMENT_CENTRE", march, Map.of("M1", "2.00", "M2", "1.00", "SK1", "1.00"), null);
            agency.assess(b, "ASSESSMENT_CENTRE", march, Map.of("M1", "1.00"), null);
        });
    }

    @Test
    void agencyReportCountsWhoFallsShortAndByHowMuch() {
        JsonPath report = report("");
        assertThat(report.getList("items.competencyCode", String.class)).containsExactly("M2", "M1", "SK1");
        assertThat(row(report, "M2")).containsEntry("required", 3).containsEntry("shortCount", 3)
                .containsEntry("shortBy1", 1).containsEntry("shortBy2", 2).containsEntry("notAssessed", 2)
                .containsEntry("competencyName", "Kerja Sama");
        assertThat(new BigDecimal(row(report, "M2").get("averageGap").toString())).isEqualByComparingTo("1.67");
        assertThat(new BigDecimal(row(report, "M2").get("maxGap").toString())).isEqualByComparingTo("2");
        assertThat(row(report, "M1")).containsEntry("shortCount", 2).containsEntry("shortBy1", 1)
                .containsEntry("shortBy2", 1).containsEntry("notAssessed", 1);
        assertThat(row(report, "SK1")).containsEntry("shortCount", 2).containsEntry("shortBy1", 2);
    }

    @Test
    void unitReportIncludesTheUnitsBelowUnlessAskedNotTo() {
        assertThat(row(report("unitId=" + bidang), "M2")).containsEntry("shortCount", 2);
        assertThat(row(report("unitId=" + dinas), "M2")).containsEntry("shortCount", 3);
        assertThat(row(report("unitId=" + dinas + "&includeSubunits=false"), "M2")).containsEntry("shortCount", 1);
        other.hrAdmin().get("/api/v1/gap-reports?unitId=" + dinas).then().statusCode(404);
    }

    @Test
    void reportIsPagedAndFilterable() {
        JsonPath second = report("size=1&page=2");
        assertThat(second.getList("items.competencyCode", String.class)).containsExactly("M1");
        assertThat(second.getInt("totalItems")).isEqualTo(3);
        assertThat(second.getInt("totalPages")).isEqualTo(3);
        assertThat(report("size=1&page=9").getInt("totalItems")).isEqualTo(3);
        assertThat(report("competencyCode=SK1").getList("items.competencyCode", String.class))
                .containsExactly("SK1");
        assertThat(report("kind=SOSIAL_KULTURAL").getList("items.competencyCode", String.class))
                .containsExactly("SK1");
        agency.hrAdmin().get("/api/v1/gap-reports?size=500").then().statusCode(400)
                .contentType("application/problem+json");
        other.hrAdmin().get("/api/v1/gap-reports").then().statusCode(200).body("totalItems", equalTo(0));
    }

    @Test
    void jobFitRanksByJpmThenGapAndAgreesWithTheProfile() {
        JsonPath fit = agency.hrAdmin().get("/api/v1/positions/" + position + "/job-fit").then().statusCode(200)
                .extract().jsonPath();
        assertThat(fit.getList("items.nip", String.class)).containsExactly(a, b, c);
        assertThat(new BigDecimal(fit.getString("items[0].jpm"))).isEqualByComparingTo("80.00");
        assertThat(new BigDecimal(fit.getString("items[1].jpm"))).isEqualByComparingTo("20.00");
        assertThat(fit.getString("items[2].jpm")).isNull();
        String profileJpm = agency.hrAdmin().get("/api/v1/employees/" + a + "/profile").then().statusCode(200)
                .extract().path("jpm").toString();
        assertThat(new BigDecimal(profileJpm)).isEqualByComparingTo("80.00");

        JsonPath listed = agency.hrAdmin().get("/api/v1/positions/" + position + "/job-fit?nip=" + c + "&nip=" + b)
                .then().statusCode(200).extract().jsonPath();
        assertThat(listed.getList("items.nip", String.class)).containsExactly(b, c);
        other.hrAdmin().get("/api/v1/positions/" + position + "/job-fit").then().statusCode(404);
    }

    @Test
    void jobFitPastTheLastPageStillCountsEveryCandidate() {
        agency.hrAdmin().get("/api/v1/positions/" + position + "/job-fit?size=2&page=5").then().statusCode(200)
                .body("items", empty()).body("totalItems", equalTo(3))
                .body("totalPages", equalTo(2));
    }

    @Test
    void expiredEvidenceGivesWayAtTheDailySweep() {
        Agency agency = new Agency("sweep");
        String unit = agency.unit("SETDA", null);
        agency.standard(agency.position("PY", "PELAKSANA", unit), LocalDate.of(2025, 1, 1), Map.of("M1", 2));
        String d = agency.newNip();
        agency.employee(d, "Dedi", "SETDA", "PY", null);
        LocalDate today = LocalDate.now();
        agency.as(agency.token(Roles.ASSESSOR)).body(Map.of("nip", d, "method", "ASSESSMENT_CENTRE",
                        "assessedOn", today.minusYears(3).plusDays(5).toString(),
                        "validUntil", today.plusDays(5).toString(),
                        "scores", List.of(Map.of("competencyCode", "M1", "score", 2))))
                .post("/api/v1/assessments").then().statusCode(201);
        agency.as(agency.tokenFor(d, Roles.EMPLOYEE)).body(Map.of("nip", d, "method", "SELF",
                        "assessedOn", today.toString(),
                        "scores", List.of(Map.of("competencyCode", "M1", "score", 1.5))))
                .post("/api/v1/assessments").then().statusCode(201);
        assertThat(method(agency, d)).isEqualTo("ASSESSMENT_CENTRE");

        sweep.sweep(today.plusDays(6));

        assertThat(method(agency, d)).isEqualTo("SELF");
    }

    @Test
    void anAgencyAnotherInstanceIsSweepingIsLeftToIt() throws SQLException {
        Agency agency = new Agency("sweep-locked");
        String unit = agency.unit("SETDA", null);
        agency.standard(agency.position("PY", "PELAKSANA", unit), LocalDate.of(2025, 1, 1), Map.of("M1", 2));
        String d = agency.newNip();
        agency.employee(d, "Dewi", "SETDA", "PY", null);
        LocalDate today = LocalDate.now();
        agency.as(agency.token(Roles.ASSESSOR)).body(Map.of("nip", d, "method", "ASSESSMENT_CENTRE",
                        "assessedOn", today.minusYears(1).toString(), "validUntil", today.plusDays(5).toString(),
                        "scores", List.of(Map.of("competencyCode", "M1", "score", 2))))
                .post("/api/v1/assessments").then().statusCode(201);
        agency.as(agency.tokenFor(d, Roles.EMPLOYEE)).body(Map.of("nip", d, "method", "SELF",
                        "assessedOn", today.toString(),
                        "scores", List.of(Map.of("competencyCode", "M1", "score", 1.5))))
                .post("/api/v1/assessments").then().statusCode(201);

        // the other instance: a transaction holding the agency's sweep lock
        try (Connection other = TestDatabase.superuser()) {
            other.setAutoCommit(false);
            try (PreparedStatement lock = other.prepareStatement(
                    "select pg_advisory_xact_lock(hashtext('competency-sweep:' || ?))")) {
                lock.setString(1, agency.tenant);
                lock.execute();
            }
            sweep.sweep(today.plusDays(6));
            assertThat(method(agency, d)).isEqualTo("ASSESSMENT_CENTRE");
            other.rollback();
        }

        sweep.sweep(today.plusDays(6));
        assertThat(method(agency, d)).isEqualTo("SELF");
    }

    private static String method(Agency agency, String nip) {
        return agency.hrAdmin().get("/api/v1/employees/" + nip + "/profile").then().statusCode(200).extract()
                .path("lines.find { it.competencyCode == 'M1' }.basedOn.method");
    }

    private JsonPath report(String query) {
        return agency.hrAdmin().get("/api/v1/gap-reports" + (query.isEmpty() ? "" : "?" + query)).then().statusCode(200).extract().jsonPath();
    }

    private static Map<String, Object> row(JsonPath report, String code) {
        return report.getMap("items.find { it.competencyCode == '" + code + "' }");
    }
}
