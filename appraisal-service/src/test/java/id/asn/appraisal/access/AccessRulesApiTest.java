package id.asn.appraisal.access;

import static id.asn.platform.testinfra.TestAgency.as;
import static io.restassured.RestAssured.given;

import id.asn.appraisal.support.Agency;
import id.asn.platform.kit.caller.Roles;
import id.asn.platform.testinfra.TestNips;
import id.asn.platform.testinfra.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Who may call what (docs/domain.md §3.11): the appraisee their own plan, results and objection; the pejabat penilai
 * the people they appraise; the atasan pejabat penilai the objections addressed to them; hr-admin the agency; a
 * colleague nothing of another's; another agency 404; the wrong role 403; no valid token 401.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessRulesApiTest {

    private final Agency agency = new Agency("access");
    private final Agency otherAgency = new Agency("access-other");
    private final String atasan = TestNips.pns();
    private final String rater = TestNips.pns();
    private final String employee = TestNips.pns();
    private final String colleague = TestNips.pns();
    private final String otherSupervisor = TestNips.pns();
    private String period;
    private String plan;
    private String appraisal;
    private String objection;

    // REST Assured knows the application's port only once a test runs, hence not @BeforeAll
    @BeforeEach
    void setUp() {
        if (objection != null) {
            return;
        }
        agency.employees("u-acc", null, atasan, otherSupervisor);
        agency.employees("u-acc", atasan, rater);
        agency.employees("u-acc", rater, employee, colleague);
        period = agency.period(2026);
        plan = agency.lockedPlan(period, employee, rater);
        appraisal = agency.appraisal(plan, rater);
        agency.finalized(appraisal, rater, "SESUAI_EKSPEKTASI", "SESUAI_EKSPEKTASI");
        objection = as(emp()).body(Map.of("appraisalId", appraisal, "reasons", "Bukti realisasi tidak dinilai."))
                .post("/api/v1/objections").then().statusCode(201).extract().path("id");
    }

    private String emp() {
        return agency.employeeToken(employee);
    }

    private String col() {
        return agency.employeeToken(colleague);
    }

    private String rat() {
        return agency.supervisorToken(rater);
    }

    private String ata() {
        return agency.supervisorToken(atasan);
    }

    private String otherSup() {
        return agency.supervisorToken(otherSupervisor);
    }

    private String hr() {
        return agency.hrAdmin;
    }

    private String otherHr() {
        return otherAgency.hrAdmin;
    }

    // evaluated when the test runs: the fixture exists only then
    Stream<Arguments> rules() {
        return Stream.of(
                // periods
                rule("employee opens a period", t -> new Call(emp(), "POST", "/api/v1/appraisal-periods", Map.of("year", 2030)), 403),
                rule("employee reads the period", t -> new Call(emp(), "GET", "/api/v1/appraisal-periods/" + period, null), 200),
                rule("other agency reads the period", t -> new Call(otherHr(), "GET", "/api/v1/appraisal-periods/" + period, null), 404),
                rule("pejabat penilai moves the deadlines", t -> new Call(rat(), "PUT", "/api/v1/appraisal-periods/" + period + "/deadlines", Map.of("version", 0, "planDueOn", "2026-12-31", "evaluationDueOn", "2027-01-31")), 403),
                rule("other agency moves the deadlines", t -> new Call(otherHr(), "PUT", "/api/v1/appraisal-periods/" + period + "/deadlines", Map.of("version", 0, "planDueOn", "2026-12-31", "evaluationDueOn", "2027-01-31")), 404),
                // plans
                rule("appraisee reads own plan", t -> new Call(emp(), "GET", "/api/v1/performance-plans/" + plan, null), 200),
                rule("pejabat penilai reads the plan", t -> new Call(rat(), "GET", "/api/v1/performance-plans/" + plan, null), 200),
                rule("hr-admin reads the plan", t -> new Call(hr(), "GET", "/api/v1/performance-plans/" + plan, null), 200),
                rule("colleague reads the plan", t -> new Call(col(), "GET", "/api/v1/performance-plans/" + plan, null), 404),
                rule("atasan reads the plan", t -> new Call(ata(), "GET", "/api/v1/performance-plans/" + plan, null), 404),
                rule("other agency reads the plan", t -> new Call(otherHr(), "GET", "/api/v1/performance-plans/" + plan, null), 404),
                rule("colleague reads the plan's history", t -> new Call(col(), "GET", "/api/v1/performance-plans/" + plan + "/history", null), 404),
                rule("colleague edits the plan", t -> new Call(col(), "PUT", "/api/v1/performance-plans/" + plan, Map.of("version", 0, "content", Agency.content("x"))), 404),
                rule("hr-admin edits the plan", t -> new Call(hr(), "PUT", "/api/v1/performance-plans/" + plan, Map.of("version", 0, "content", Agency.content("x"))), 403),
                rule("appraisee locks the plan", t -> new Call(emp(), "POST", "/api/v1/performance-plans/" + plan + "/lock", Map.of("version", 0)), 403),
                rule("another supervisor drafts for the employee", t -> new Call(otherSup(), "POST", "/api/v1/performance-plans", Map.of("periodId", period, "nip", colleague, "content", Agency.content("x"))), 404),
                // appraisals
                rule("appraisee reads own result", t -> new Call(emp(), "GET", "/api/v1/appraisals/" + appraisal, null), 200),
                rule("pejabat penilai reads the result", t -> new Call(rat(), "GET", "/api/v1/appraisals/" + appraisal, null), 200),
                rule("colleague reads the result", t -> new Call(col(), "GET", "/api/v1/appraisals/" + appraisal, null), 404),
                rule("another supervisor reads the result", t -> new Call(otherSup(), "GET", "/api/v1/appraisals/" + appraisal, null), 404),
                rule("other agency reads the result", t -> new Call(otherHr(), "GET", "/api/v1/appraisals/" + appraisal, null), 404),
                rule("appraisee starts an evaluation", t -> new Call(emp(), "POST", "/api/v1/appraisals", Map.of("planId", plan, "periodType", "PERIODIC", "periodNumber", 1)), 403),
                rule("another supervisor starts an evaluation", t -> new Call(otherSup(), "POST", "/api/v1/appraisals", Map.of("planId", plan, "periodType", "PERIODIC", "periodNumber", 1)), 404),
                rule("other agency starts an evaluation", t -> new Call(otherAgency.hrAdmin, "POST", "/api/v1/appraisals", Map.of("planId", plan, "periodType", "PERIODIC", "periodNumber", 1)), 404),
                rule("hr-admin rates", t -> new Call(hr(), "PUT", "/api/v1/appraisals/" + appraisal + "/rating", Map.of("version", 0, "hasilKerja", Agency.rating("SESUAI_EKSPEKTASI"), "perilakuKerja", Agency.rating("SESUAI_EKSPEKTASI"))), 403),
                rule("another supervisor finalizes", t -> new Call(otherSup(), "POST", "/api/v1/appraisals/" + appraisal + "/finalization", Map.of("version", 0)), 404),
                rule("other agency reads a distribution", t -> new Call(otherHr(), "GET", "/api/v1/appraisals/distribution?periodId=" + period + "&unitId=u-acc", null), 404),
                rule("colleague reads the unit's distribution", t -> new Call(col(), "GET", "/api/v1/appraisals/distribution?periodId=" + period + "&unitId=u-acc", null), 200),
                rule("colleague reads individual results of a closed period", t -> new Call(col(), "GET", "/api/v1/appraisals/unit-results?periodId=" + period + "&unitId=u-acc", null), 422),
                rule("other agency reads individual results", t -> new Call(otherHr(), "GET", "/api/v1/appraisals/unit-results?periodId=" + period + "&unitId=u-acc", null), 404),
                rule("colleague reads the angka kredit", t -> new Call(col(), "GET", "/api/v1/appraisals/" + appraisal + "/angka-kredit?jenjang=AHLI_PERTAMA", null), 404),
                rule("colleague reads the behaviour summary", t -> new Call(col(), "GET", "/api/v1/appraisals/" + appraisal + "/behaviour-inputs/summary", null), 404),
                rule("other agency gives behaviour input", t -> new Call(otherHr(), "PUT", "/api/v1/appraisals/" + appraisal + "/behaviour-inputs/mine", Map.of("rating", "SESUAI_EKSPEKTASI")), 403),
                rule("colleague reads the plan's feedback", t -> new Call(col(), "GET", "/api/v1/performance-plans/" + plan + "/feedback", null), 404),
                rule("other agency reads the unit's criteria", t -> new Call(otherHr(), "GET", "/api/v1/appraisal-criteria?periodId=" + period + "&unitId=u-acc", null), 404),
                // trained raters (§3.4.2)
                rule("pejabat penilai reads own rater trainings", t -> new Call(rat(), "GET", "/api/v1/rater-trainings/" + rater, null), 200),
                rule("hr-admin reads a rater's trainings", t -> new Call(hr(), "GET", "/api/v1/rater-trainings/" + rater, null), 200),
                rule("appraisee reads the rater's trainings", t -> new Call(emp(), "GET", "/api/v1/rater-trainings/" + rater, null), 404),
                rule("other agency reads a rater's trainings", t -> new Call(otherHr(), "GET", "/api/v1/rater-trainings/" + rater, null), 404),
                // SIASN export (§3.3): hr-admin of the agency only
                rule("hr-admin exports skp22", t -> new Call(hr(), "GET", "/api/v1/siasn-exports/skp22?periodId=" + period, null), 200),
                rule("hr-admin exports kinerjaperiodik as CSV", t -> new Call(hr(), "GET", "/api/v1/siasn-exports/kinerjaperiodik.csv?periodId=" + period, null), 200),
                rule("pejabat penilai exports skp22", t -> new Call(rat(), "GET", "/api/v1/siasn-exports/skp22?periodId=" + period, null), 403),
                rule("appraisee exports skp22 as CSV", t -> new Call(emp(), "GET", "/api/v1/siasn-exports/skp22.csv?periodId=" + period, null), 403),
                rule("other agency exports skp22", t -> new Call(otherHr(), "GET", "/api/v1/siasn-exports/skp22?periodId=" + period, null), 404),
                rule("other agency exports kinerjaperiodik", t -> new Call(otherHr(), "GET", "/api/v1/siasn-exports/kinerjaperiodik?periodId=" + period, null), 404),
                rule("other agency exports skp22 as CSV", t -> new Call(otherHr(), "GET", "/api/v1/siasn-exports/skp22.csv?periodId=" + period, null), 404),
                // organisation results, calibration, rater bias: hr-admin of the agency only
                rule("employee records a capaian", t -> new Call(emp(), "PUT", "/api/v1/organisation-results", Map.of("periodId", period, "unitId", "u-acc", "capaian", "BAIK", "reason", "Perjanjian kinerja tercapai.")), 403),
                rule("pejabat penilai records a capaian", t -> new Call(rat(), "PUT", "/api/v1/organisation-results", Map.of("periodId", period, "unitId", "u-acc", "capaian", "BAIK", "reason", "Perjanjian kinerja tercapai.")), 403),
                rule("other agency records a capaian", t -> new Call(otherHr(), "PUT", "/api/v1/organisation-results", Map.of("periodId", period, "unitId", "u-acc", "capaian", "BAIK", "reason", "Perjanjian kinerja tercapai.")), 404),
                rule("other agency reads a capaian", t -> new Call(otherHr(), "GET", "/api/v1/organisation-results?periodId=" + period + "&unitId=u-acc", null), 404),
                rule("employee reads the calibration", t -> new Call(emp(), "GET", "/api/v1/calibrations?periodId=" + period + "&unitId=u-acc", null), 403),
                rule("pejabat penilai reads the calibration", t -> new Call(rat(), "GET", "/api/v1/calibrations?periodId=" + period + "&unitId=u-acc", null), 403),
                rule("other agency reads the calibration", t -> new Call(otherHr(), "GET", "/api/v1/calibrations?periodId=" + period + "&unitId=u-acc", null), 404),
                rule("other agency reads the calibration's changes", t -> new Call(otherHr(), "GET", "/api/v1/calibrations/adjustments?periodId=" + period + "&unitId=u-acc", null), 404),
                rule("pejabat penilai changes a rating in calibration", t -> new Call(rat(), "POST", "/api/v1/calibrations/adjustments", Map.of("appraisalId", appraisal, "hasilKerja", "DI_ATAS_EKSPEKTASI", "perilakuKerja", "SESUAI_EKSPEKTASI", "reason", "Bukti realisasi melebihi target.")), 403),
                rule("other agency changes a rating in calibration", t -> new Call(otherHr(), "POST", "/api/v1/calibrations/adjustments", Map.of("appraisalId", appraisal, "hasilKerja", "DI_ATAS_EKSPEKTASI", "perilakuKerja", "SESUAI_EKSPEKTASI", "reason", "Bukti realisasi melebihi target.")), 404),
                rule("employee settles the calibration", t -> new Call(emp(), "POST", "/api/v1/calibrations/finalization", Map.of("periodId", period, "unitId", "u-acc")), 403),
                rule("other agency settles the calibration", t -> new Call(otherHr(), "POST", "/api/v1/calibrations/finalization", Map.of("periodId", period, "unitId", "u-acc")), 404),
                rule("hr-admin reads the bias report", t -> new Call(hr(), "GET", "/api/v1/rater-bias?periodId=" + period, null), 200),
                rule("pejabat penilai reads the bias report", t -> new Call(rat(), "GET", "/api/v1/rater-bias?periodId=" + period, null), 403),
                rule("employee reads the bias report", t -> new Call(emp(), "GET", "/api/v1/rater-bias?periodId=" + period, null), 403),
                rule("other agency reads the bias report", t -> new Call(otherHr(), "GET", "/api/v1/rater-bias?periodId=" + period, null), 404),
                // objections
                rule("appraisee reads own objection", t -> new Call(emp(), "GET", "/api/v1/objections/" + objection, null), 200),
                rule("atasan reads the objection addressed to them", t -> new Call(ata(), "GET", "/api/v1/objections/" + objection, null), 200),
                rule("pejabat penilai reads the objection", t -> new Call(rat(), "GET", "/api/v1/objections/" + objection, null), 200),
                rule("colleague reads the objection", t -> new Call(col(), "GET", "/api/v1/objections/" + objection, null), 404),
                rule("another supervisor reads the objection", t -> new Call(otherSup(), "GET", "/api/v1/objections/" + objection, null), 404),
                rule("other agency reads the objection", t -> new Call(otherHr(), "GET", "/api/v1/objections/" + objection, null), 404),
                rule("colleague objects to the result", t -> new Call(col(), "POST", "/api/v1/objections", Map.of("appraisalId", appraisal, "reasons", "x")), 404),
                rule("hr-admin files an objection", t -> new Call(hr(), "POST", "/api/v1/objections", Map.of("appraisalId", appraisal, "reasons", "x")), 403),
                rule("appraisee decides", t -> new Call(emp(), "POST", "/api/v1/objections/" + objection + "/decision", Map.of("version", 0, "decision", "REJECTED", "reason", "x")), 403),
                rule("pejabat penilai decides", t -> new Call(rat(), "POST", "/api/v1/objections/" + objection + "/decision", Map.of("version", 0, "decision", "REJECTED", "reason", "x")), 403),
                rule("another supervisor asks for explanations", t -> new Call(otherSup(), "POST", "/api/v1/objections/" + objection + "/explanation-request", Map.of("version", 0)), 404),
                rule("colleague explains", t -> new Call(col(), "POST", "/api/v1/objections/" + objection + "/explanations", Map.of("version", 0, "text", "x")), 404),
                // tokens
                rule("no token", t -> new Call(null, "GET", "/api/v1/appraisals", null), 401),
                rule("expired token", t -> new Call(TestTokens.user(agency.tenant).roles(Roles.HR_ADMIN).expired().sign(), "GET", "/api/v1/appraisals", null), 401),
                rule("foreign issuer", t -> new Call(TestTokens.user(agency.tenant).roles(Roles.HR_ADMIN).foreignIssuer().sign(), "GET", "/api/v1/appraisals", null), 401),
                rule("hr-admin of the agency", t -> new Call(hr(), "GET", "/api/v1/objections/" + objection, null), 200));
    }

    /** One call: who (a token, or none), what, with which body. */
    record Call(String token, String method, String path, Object body) {
    }

    private static Arguments rule(String who, Function<AccessRulesApiTest, Call> call, int status) {
        return Arguments.of(who, call, status);
    }

    @ParameterizedTest(name = "{0} -> {2}")
    @MethodSource("rules")
    void enforcesRoleRelationshipAndTenant(String who, Function<AccessRulesApiTest, Call> rule, int status) {
        Call call = rule.apply(this);
        RequestSpecification request = call.token() == null ? given().contentType("application/json") : as(call.token());
        if (call.body() != null) {
            request.body(call.body());
        }
        if (call.path().contains(".csv?")) {
            // the CSV exports answer text/csv; asking for JSON there would be a 406 whoever asks
            request.accept("text/csv");
        }
        request.request(call.method(), call.path()).then().statusCode(status);
    }
}
