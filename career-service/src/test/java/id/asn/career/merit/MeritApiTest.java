package id.asn.career.merit;

import static id.asn.platform.testinfra.TestAgency.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import id.asn.career.support.Agency;
import id.asn.platform.events.EventTypes;
import id.asn.platform.events.competency.CompetencyAssessedV1;
import id.asn.platform.events.competency.CompetencyGapChangedV1;
import id.asn.platform.events.employee.EmployeeChangedV1;
import id.asn.platform.events.employee.EmployeeSnapshot;
import id.asn.platform.events.training.TrainingCompletedV1;
import id.asn.platform.kit.caller.Roles;
import id.asn.platform.testinfra.TestNips;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * docs/domain.md §4.6.1 on the real database and broker: the agency's merit figures follow the events as they
 * arrive, each event counted once; the national aggregate carries counts only and is the sum of the agencies.
 */
@QuarkusTest
class MeritApiTest {

    private static final LocalDate TODAY = LocalDate.now();
    private static final int YEAR = TODAY.getYear();

    private final Agency agency = new Agency("merit");

    private JsonPath figures() {
        return as(agency.hrAdmin).get("/api/v1/merit-figures?year=" + YEAR).then().statusCode(200).extract()
                .jsonPath();
    }

    private static String counts(JsonPath figures, String figure) {
        return figures.getString("figures.find { it.figure == '" + figure + "' }.numerator") + "/"
                + figures.getString("figures.find { it.figure == '" + figure + "' }.denominator");
    }

    private void awaitCounts(String figure, String expected) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(counts(figures(), figure))
                .isEqualTo(expected));
    }

    private TrainingCompletedV1 training(String nip, String enrollmentId, String jp) {
        return new TrainingCompletedV1(enrollmentId, nip, "prog-1", "Pelatihan Teknis", "PELATIHAN_KLASIKAL",
                "BPSDM", List.of(), new BigDecimal(jp), TODAY.withDayOfYear(1), TODAY.withDayOfYear(2), "CERT-1", false);
    }

    private static EmployeeSnapshot moved(String nip, String positionId, String positionClass, boolean active) {
        EmployeeSnapshot s = Agency.snapshot(nip, null);
        return new EmployeeSnapshot(nip, s.name(), s.employeeType(), s.gender(), s.birthDate(), s.unitId(),
                s.unitName(), positionId, "Jabatan " + positionId, positionClass, null, s.rank(), s.education(),
                s.tmt(), active);
    }

    @Test
    void theFiguresFollowTheEventsOnceEachAndTheNationalAggregateHasNoPerson() {
        String full = TestNips.pns();
        String partial = TestNips.pns();
        String none = TestNips.pns();
        agency.employees(null, full, partial, none);
        awaitCounts("APPRAISAL_COMPLETION", "0/3");
        awaitCounts("POSITIONS_WITH_COMPETENCY_STANDARD", "0/3");

        agency.appraisal(full, YEAR, "BAIK");
        agency.appraisal(partial, YEAR, "BUTUH_PERBAIKAN");
        String trainingEvent = UUID.randomUUID().toString();
        agency.publish(trainingEvent, EventTypes.TRAINING_COMPLETED, full, training(full, "enr-" + full, "20"));
        agency.publish(EventTypes.TRAINING_COMPLETED, partial, training(partial, "enr-" + partial, "12"));
        agency.publish(EventTypes.COMPETENCY_ASSESSED, full, new CompetencyAssessedV1("as-" + full, full,
                "ASSESSMENT_CENTRE", "UPT Penilaian", TODAY.minusYears(1), TODAY.plusYears(1), null, List.of()));
        // no end date: current for career.merit.assessment-validity (P3Y) from the assessment, here long expired
        agency.publish(EventTypes.COMPETENCY_ASSESSED, partial, new CompetencyAssessedV1("as-" + partial, partial,
                "SIMPLIFIED", "UPT Penilaian", TODAY.minusYears(4), null, null, List.of()));
        agency.publish(EventTypes.COMPETENCY_GAP_CHANGED, full, new CompetencyGapChangedV1(full, "u-1",
                "pos-" + full.substring(12), new BigDecimal("90"), List.of()));

        awaitCounts("APPRAISAL_COMPLETION", "2/3");
        awaitCounts("JP_COMPLIANCE", "1/3");
        awaitCounts("ASN_WITH_CURRENT_ASSESSMENT", "1/3");
        awaitCounts("POSITIONS_WITH_COMPETENCY_STANDARD", "1/3");
        assertThat(figures().getString("figures.find { it.figure == 'APPRAISAL_COMPLETION' }.percent"))
                .isEqualTo("66.67");

        // the same event again changes nothing; a second training brings partial to 20 JP
        agency.publish(trainingEvent, EventTypes.TRAINING_COMPLETED, full, training(full, "enr-" + full, "20"));
        agency.publish(EventTypes.TRAINING_COMPLETED, partial, training(partial, "enr2-" + partial, "8"));
        awaitCounts("JP_COMPLIANCE", "2/3");
        // a day on which the assessment is no longer current
        assertThat(counts(as(agency.hrAdmin).get("/api/v1/merit-figures?year=" + YEAR + "&on="
                + TODAY.plusYears(1).plusDays(1)).then().statusCode(200).extract().jsonPath(),
                "ASN_WITH_CURRENT_ASSESSMENT")).isEqualTo("0/3");

        // a published open selection for a JPT position: one appointment through it, one without
        String jpt = "pos-jpt-" + none.substring(12);
        String selection = as(agency.hrAdmin).body(Map.of("positionId", jpt, "title", "Kepala Dinas",
                        "positionClass", "JPT_PRATAMA", "minEducation", "S1", "opensOn", TODAY.toString(),
                        "closesOn", TODAY.toString())).post("/api/v1/open-selections").then().statusCode(201)
                .extract().path("id");
        as(agency.hrAdmin).body(Map.of("nip", none)).post("/api/v1/open-selections/" + selection + "/nominations")
                .then().statusCode(201);
        as(agency.hrAdmin).post("/api/v1/open-selections/" + selection + "/publication").then().statusCode(200);
        agency.publish(EventTypes.EMPLOYEE_CHANGED, none, new EmployeeChangedV1(moved(none, jpt, "JPT_PRATAMA",
                true), List.of("positionId")));
        agency.publish(EventTypes.EMPLOYEE_CHANGED, partial, new EmployeeChangedV1(moved(partial,
                "pos-jpt-other", "JPT_PRATAMA", true), List.of("positionId")));
        awaitCounts("VACANCIES_FILLED_BY_OPEN_SELECTION", "1/2");

        // leaving the agency takes the person out of the shares of ASN, not out of the year's appointments
        agency.publish(EventTypes.EMPLOYEE_CHANGED, partial, new EmployeeChangedV1(moved(partial,
                "pos-jpt-other", "JPT_PRATAMA", false), List.of("active")));
        awaitCounts("APPRAISAL_COMPLETION", "1/2");
        awaitCounts("JP_COMPLIANCE", "1/2");
        awaitCounts("VACANCIES_FILLED_BY_OPEN_SELECTION", "1/2");
        JsonPath before = figures();

        // a recount from the facts finds the tallies the events kept
        as(agency.hrAdmin).post("/api/v1/merit-figures/rebuild").then().statusCode(200)
                .body("employees", equalTo(3));
        assertThat(figures().getList("figures")).isEqualTo(before.getList("figures"));

        String viewer = agency.token(Roles.NATIONAL_VIEWER);
        JsonPath national = as(viewer).get("/api/v1/merit-figures/national?year=" + YEAR).then().statusCode(200)
                .extract().jsonPath();
        assertThat(national.getList("byAgency.agency")).contains(agency.tenant);
        assertThat(national.getList("byAgency.find { it.agency == '" + agency.tenant + "' }.figures"))
                .isEqualTo(before.getList("figures"));
        long employees = national.getList("byAgency.figures.flatten().findAll { it.figure == "
                + "'APPRAISAL_COMPLETION' }.denominator", Long.class).stream().mapToLong(Long::longValue).sum();
        assertThat(national.getLong("figures.find { it.figure == 'APPRAISAL_COMPLETION' }.denominator"))
                .isEqualTo(employees);
        assertThat(national.prettify()).doesNotContain(full, partial, none, "Pegawai");
    }

    @Test
    void onlyHrAdminReadsTheAgencyAndOnlyNationalViewerTheNation() {
        as(agency.token(Roles.NATIONAL_VIEWER)).get("/api/v1/merit-figures").then().statusCode(403);
        as(agency.hrAdmin).get("/api/v1/merit-figures/national").then().statusCode(403);
        as(agency.token(Roles.EMPLOYEE)).get("/api/v1/merit-figures").then().statusCode(403);
        as(agency.token(Roles.NATIONAL_VIEWER)).post("/api/v1/merit-figures/rebuild").then().statusCode(403);
        as(agency.hrAdmin).get("/api/v1/merit-figures?year=1999").then().statusCode(400)
                .body("errors[0].field", equalTo("year"));
    }
}
