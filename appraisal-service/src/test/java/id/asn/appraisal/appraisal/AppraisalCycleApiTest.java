package id.asn.appraisal.appraisal;

import static id.asn.platform.testinfra.TestAgency.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.JsonNode;
import id.asn.appraisal.support.Agency;
import id.asn.platform.events.EventTypes;
import id.asn.platform.events.Topics;
import id.asn.platform.testinfra.EventSchemaAssert;
import id.asn.platform.testinfra.TestNips;
import id.asn.platform.testinfra.TopicReader;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** From a locked plan to a published result: ratings with justification and evidence, predikat, finalisation. */
@QuarkusTest
class AppraisalCycleApiTest {

    private final Agency agency = new Agency("cycle");

    @Test
    void aRatedAppraisalIsFinalizedLockedAndPublishedOnceWithTheMatrixPredikat() {
        String rater = TestNips.pns();
        String employee = TestNips.pns();
        agency.employees("u-cycle", null, rater);
        agency.employees("u-cycle", rater, employee);
        String period = agency.period(2026);
        String draft = agency.plan(period, employee);
        // a plan that is not locked is not rated
        as(agency.supervisorToken(rater)).body(Map.of("planId", draft, "periodType", "ANNUAL"))
                .post("/api/v1/appraisals").then().statusCode(422).contentType("application/problem+json");
        String plan = agency.lock(draft, employee, rater);
        String appraisal = agency.appraisal(plan, rater);

        // a rating without evidence, or with a justification too short, is refused naming the field
        as(agency.supervisorToken(rater)).body(Map.of("version", 0,
                        "hasilKerja", Map.of("rating", "DI_ATAS_EKSPEKTASI", "justification", "Bagus sekali kerjanya tahun ini.",
                                "evidence", List.of()),
                        "perilakuKerja", Map.of("rating", "DI_ATAS_EKSPEKTASI", "justification", "Baik",
                                "evidence", List.of("umpan-balik/1"))))
                .put("/api/v1/appraisals/" + appraisal + "/rating").then().statusCode(400)
                .body("errors.field", hasItem("hasilKerja.evidence"));
        as(agency.supervisorToken(rater)).body(Map.of("version", 0, "hasilKerja", Agency.rating("DI_ATAS_EKSPEKTASI"),
                        "perilakuKerja", Map.of("rating", "DI_ATAS_EKSPEKTASI", "justification", "Baik",
                                "evidence", List.of("umpan-balik/1"))))
                .put("/api/v1/appraisals/" + appraisal + "/rating").then().statusCode(400)
                .body("errors.field", equalTo(List.of("perilakuKerja.justification")));
        // the appraisee does not rate themselves
        as(agency.employeeToken(employee)).body(Map.of("version", 0, "hasilKerja", Agency.rating("DI_ATAS_EKSPEKTASI"),
                        "perilakuKerja", Agency.rating("DI_ATAS_EKSPEKTASI")))
                .put("/api/v1/appraisals/" + appraisal + "/rating").then().statusCode(403);

        try (TopicReader topic = TopicReader.of(Topics.APPRAISAL)) {
            agency.finalized(appraisal, rater, "DI_ATAS_EKSPEKTASI", "DI_BAWAH_EKSPEKTASI");

            List<ConsumerRecord<String, String>> events = topic.awaitEvents(agency.tenant,
                    EventTypes.APPRAISAL_FINALIZED.name(), e -> true, 1);
            assertThat(events).hasSize(1);
            EventSchemaAssert.assertConforms(events.get(0).value());
            assertThat(events.get(0).key()).isEqualTo(employee);
            JsonNode data = TopicReader.json(events.get(0).value()).path("data");
            assertThat(data.path("appraisalId").asText()).isEqualTo(appraisal);
            assertThat(data.path("predikat").asText()).isEqualTo("KURANG_MISCONDUCT");
            assertThat(data.path("hasilKerja").asText()).isEqualTo("DI_ATAS_EKSPEKTASI");
            assertThat(data.path("perilakuKerja").asText()).isEqualTo("DI_BAWAH_EKSPEKTASI");
            assertThat(data.path("periodType").asText()).isEqualTo("ANNUAL");
            assertThat(data.path("periodStart").asText()).isEqualTo("2026-01-01");
            assertThat(data.path("periodEnd").asText()).isEqualTo("2026-12-31");
            assertThat(data.path("year").asInt()).isEqualTo(2026);
            assertThat(data.path("unitId").asText()).isEqualTo("u-cycle");
            assertThat(data.path("raterNip").asText()).isEqualTo(rater);
            assertThat(data.path("revision").asInt()).isEqualTo(1);
        }

        // locked: no second rating, no second finalisation
        int version = as(agency.supervisorToken(rater)).get("/api/v1/appraisals/" + appraisal).then()
                .statusCode(200).body("status", equalTo("FINALIZED")).body("raterNip", equalTo(rater))
                .extract().path("version");
        as(agency.supervisorToken(rater)).body(Map.of("version", version, "hasilKerja", Agency.rating("SESUAI_EKSPEKTASI"),
                        "perilakuKerja", Agency.rating("SESUAI_EKSPEKTASI")))
                .put("/api/v1/appraisals/" + appraisal + "/rating").then().statusCode(422);
        // the appraisee reads the result with the justification and evidence, not who gave it
        as(agency.employeeToken(employee)).get("/api/v1/appraisals/" + appraisal).then().statusCode(200)
                .body("predikat", equalTo("KURANG_MISCONDUCT")).body("raterNip", nullValue())
                .body("hasilKerja.evidence", equalTo(List.of("https://arsip.example.go.id/bukti/1")))
                .body("revision", equalTo(1));
    }

    @Test
    void periodicEvaluationsFollowThePeriodsFrequencyAndEachExistsOnce() {
        String rater = TestNips.pns();
        String employee = TestNips.pns();
        agency.employees("u-periodic", null, rater);
        agency.employees("u-periodic", rater, employee);
        String plan = agency.lock(agency.plan(agency.period(2027), employee), employee, rater);

        as(agency.supervisorToken(rater)).body(Map.of("planId", plan, "periodType", "PERIODIC", "periodNumber", 2))
                .post("/api/v1/appraisals").then().statusCode(201)
                .body("periodStart", equalTo("2027-04-01")).body("periodEnd", equalTo("2027-06-30"));
        as(agency.supervisorToken(rater)).body(Map.of("planId", plan, "periodType", "PERIODIC", "periodNumber", 2))
                .post("/api/v1/appraisals").then().statusCode(409);
        as(agency.supervisorToken(rater)).body(Map.of("planId", plan, "periodType", "PERIODIC", "periodNumber", 5))
                .post("/api/v1/appraisals").then().statusCode(400).body("errors.field", hasItem("periodNumber"));
    }

    @Test
    void aUnitsDistributionIsOpenToItsOwnAsnAsCountsAndClosedToOtherUnits() {
        String rater = TestNips.pns();
        String first = TestNips.pns();
        String second = TestNips.pns();
        String outsider = TestNips.pns();
        agency.employees("u-open", null, rater);
        agency.employees("u-open", rater, first, second);
        agency.employees("u-other", null, outsider);
        String period = agency.period(2028);
        String good = agency.appraisal(agency.lock(agency.plan(period, first), first, rater), rater);
        agency.finalized(good, rater, "SESUAI_EKSPEKTASI", "SESUAI_EKSPEKTASI");
        String best = agency.appraisal(agency.lock(agency.plan(period, second), second, rater), rater);
        agency.finalized(best, rater, "DI_ATAS_EKSPEKTASI", "DI_ATAS_EKSPEKTASI");
        // a functional position's yearly angka kredit from the predikat (§3.10)
        as(agency.employeeToken(first)).get("/api/v1/appraisals/" + good + "/angka-kredit?jenjang=AHLI_PERTAMA")
                .then().statusCode(200).body("sharePercent", equalTo(100)).body("angkaKredit", equalTo(12.5f));
        as(agency.employeeToken(second)).get("/api/v1/appraisals/" + best + "/angka-kredit?jenjang=AHLI_MADYA")
                .then().statusCode(200).body("sharePercent", equalTo(150)).body("angkaKredit", equalTo(56.25f));
        as(agency.employeeToken(second)).get("/api/v1/appraisals/" + best + "/angka-kredit?jenjang=GURU")
                .then().statusCode(400);

        String path = "/api/v1/appraisals/distribution?periodId=" + period + "&unitId=u-open";
        as(agency.employeeToken(first)).get(path).then().statusCode(200)
                .body("total", equalTo(2)).body("predikat.BAIK", equalTo(1)).body("predikat.SANGAT_BAIK", equalTo(1))
                .body("predikat.SANGAT_KURANG", equalTo(0));
        as(agency.employeeToken(outsider)).get(path).then().statusCode(404);
        // a colleague's individual result stays with the appraisee and the raters, unless the period opens it
        as(agency.employeeToken(first)).get("/api/v1/appraisals?periodId=" + period).then()
                .body("totalItems", equalTo(1)).body("items[0].nip", equalTo(first));
        String results = "/api/v1/appraisals/unit-results?periodId=" + period + "&unitId=u-open";
        as(agency.employeeToken(first)).get(results).then().statusCode(422).contentType("application/problem+json");
        as(agency.hrAdmin).get(results).then().statusCode(200).body("size()", equalTo(2));
    }

    @Test
    void aPeriodThatOpensIndividualResultsShowsTheUnitOnlyWhoAndWhichPredikat() {
        String rater = TestNips.pns();
        String appraisee = TestNips.pns();
        String colleague = TestNips.pns();
        String outsider = TestNips.pns();
        agency.employees("u-pub", null, rater);
        agency.employees("u-pub", rater, appraisee, colleague);
        agency.employees("u-closed", null, outsider);
        String period = as(agency.hrAdmin).body(Map.of("year", 2029, "individualResultsToUnit", true))
                .post("/api/v1/appraisal-periods").then().statusCode(201)
                .body("individualResultsToUnit", equalTo(true)).extract().path("id");
        String appraisal = agency.appraisal(agency.lock(agency.plan(period, appraisee), appraisee, rater), rater);
        agency.finalized(appraisal, rater, "DI_BAWAH_EKSPEKTASI", "SESUAI_EKSPEKTASI");

        String results = "/api/v1/appraisals/unit-results?periodId=" + period + "&unitId=u-pub";
        String answer = as(agency.employeeToken(colleague)).get(results).then().statusCode(200)
                .body("size()", equalTo(1)).body("[0].nip", equalTo(appraisee))
                .body("[0].name", equalTo("Pegawai " + appraisee.substring(12)))
                .body("[0].predikat", equalTo("BUTUH_PERBAIKAN")).extract().asString();
        // redaction: no ratings, justification, evidence or rater reach colleagues
        assertThat(answer).doesNotContain(rater).doesNotContain("justification").doesNotContain("evidence")
                .doesNotContain("DI_BAWAH_EKSPEKTASI");
        as(agency.employeeToken(outsider)).get(results).then().statusCode(404);
        // the individual record itself stays closed to colleagues
        as(agency.employeeToken(colleague)).get("/api/v1/appraisals/" + appraisal).then().statusCode(404);
    }
}
