package id.asn.training.need;

import static id.asn.platform.testinfra.TestAgency.as;
import static id.asn.training.support.Agency.num;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import id.asn.platform.events.EventTypes;
import id.asn.platform.events.Topics;
import id.asn.platform.events.appraisal.AppraisalFinalizedV1;
import id.asn.platform.events.competency.CompetencyGapChangedV1;
import id.asn.platform.testinfra.EventSchemaAssert;
import id.asn.platform.testinfra.TestAgency;
import id.asn.platform.testinfra.TestNips;
import id.asn.platform.testinfra.TopicReader;
import id.asn.training.support.Agency;
import io.quarkus.test.junit.QuarkusTest;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class NeedsApiTest {

    private final Agency agency = new Agency("needs");

    private static CompetencyGapChangedV1.Gap gap(String code, int required, String current) {
        return new CompetencyGapChangedV1.Gap(code, "Kompetensi " + code, "MANAJERIAL", required,
                new BigDecimal(current), BigDecimal.valueOf(required).subtract(new BigDecimal(current)), false);
    }

    private int count(String query) {
        return as(agency.hrAdmin).get("/api/v1/training-needs?" + query).then().statusCode(200)
                .extract().path("totalItems");
    }

    @Test
    void aGapEventCreatesNeedsOnceAndARedeliveryChangesNothing() {
        String nip = TestNips.pns();
        agency.employees("u-gap", null, nip);
        String eventId = UUID.randomUUID().toString();
        CompetencyGapChangedV1 gaps = new CompetencyGapChangedV1(nip, "u-gap", "pos-1", new BigDecimal("80"),
                List.of(gap("M1", 3, "2"), gap("M5", 4, "2.5")));

        agency.publish(eventId, EventTypes.COMPETENCY_GAP_CHANGED, nip, gaps);
        await().atMost(Duration.ofSeconds(30)).until(() -> count("nip=" + nip) == 2);

        as(agency.hrAdmin).get("/api/v1/training-needs?nip=" + nip + "&competencyCode=M5").then()
                .body("totalItems", equalTo(1)).body("items[0].gap", num("1.5")).body("items[0].source", equalTo("GAP"));

        // M5 reached its level: its need closes
        agency.publish(EventTypes.COMPETENCY_GAP_CHANGED, nip, new CompetencyGapChangedV1(nip, "u-gap", "pos-1",
                new BigDecimal("90"), List.of(gap("M1", 3, "2"))));
        await().atMost(Duration.ofSeconds(30)).until(() -> count("nip=" + nip + "&status=OPEN") == 1);

        // the first event delivered again would reopen M5 if it were applied a second time
        agency.publish(eventId, EventTypes.COMPETENCY_GAP_CHANGED, nip, gaps);
        TopicReader.awaitConsumed("training-service", Topics.COMPETENCY);
        as(agency.hrAdmin).get("/api/v1/training-needs?nip=" + nip + "&status=OPEN").then()
                .body("items.competencyCode", equalTo(List.of("M1")));
        assertThat(count("nip=" + nip)).isEqualTo(2);
    }

    @Test
    void aWeakAppraisalBecomesANeedAndAGoodOneDoesNot() {
        String weak = TestNips.pns();
        String good = TestNips.pns();
        agency.employees("u-app", null, weak, good);
        agency.publish(EventTypes.APPRAISAL_FINALIZED, good, new AppraisalFinalizedV1("ap-" + good, good, 2025,
                "ANNUAL", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), "SESUAI_EKSPEKTASI", "SESUAI_EKSPEKTASI",
                "BAIK", LocalDate.of(2026, 1, 20), "u-app", TestNips.pns(), 1));
        agency.publish(EventTypes.APPRAISAL_FINALIZED, weak, new AppraisalFinalizedV1("ap-" + weak, weak, 2025,
                "ANNUAL", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), "DI_BAWAH_EKSPEKTASI",
                "SESUAI_EKSPEKTASI", "BUTUH_PERBAIKAN", LocalDate.of(2026, 1, 20), "u-app", TestNips.pns(), 1));
        TopicReader.awaitConsumed("training-service", Topics.APPRAISAL);
        assertThat(count("nip=" + weak + "&source=APPRAISAL")).isEqualTo(1);
        as(agency.hrAdmin).get("/api/v1/training-needs?nip=" + weak).then()
                .body("items[0].note", equalTo("BUTUH_PERBAIKAN")).body("items[0].unitId", equalTo("u-app"));
        as(agency.hrAdmin).get("/api/v1/training-needs?nip=" + good).then().body("totalItems", equalTo(0));
    }

    @Test
    void aCorrectedAppraisalReplacesTheNeedOnceAndALowerOrEqualRevisionChangesNothing() {
        String nip = TestNips.pns();
        agency.employees("u-obj", null, nip);
        String appraisal = "ap-obj-" + nip;

        agency.publish(EventTypes.APPRAISAL_FINALIZED, nip, finalized(appraisal, nip, "BAIK", 1));
        agency.publish(EventTypes.APPRAISAL_FINALIZED, nip, finalized(appraisal, nip, "BUTUH_PERBAIKAN", 2));
        TopicReader.awaitConsumed("training-service", Topics.APPRAISAL);
        as(agency.hrAdmin).get("/api/v1/training-needs?nip=" + nip + "&source=APPRAISAL").then()
                .body("totalItems", equalTo(1)).body("items[0].status", equalTo("OPEN"))
                .body("items[0].note", equalTo("BUTUH_PERBAIKAN"));

        // a stale copy of revision 1 and a second revision 2 with another result (new event ids): both ignored
        agency.publish(EventTypes.APPRAISAL_FINALIZED, nip, finalized(appraisal, nip, "SANGAT_KURANG", 1));
        agency.publish(EventTypes.APPRAISAL_FINALIZED, nip, finalized(appraisal, nip, "BAIK", 2));
        TopicReader.awaitConsumed("training-service", Topics.APPRAISAL);
        as(agency.hrAdmin).get("/api/v1/training-needs?nip=" + nip + "&source=APPRAISAL").then()
                .body("totalItems", equalTo(1)).body("items[0].status", equalTo("OPEN"))
                .body("items[0].note", equalTo("BUTUH_PERBAIKAN"));

        // the objection decided: the corrected result is no longer weak, so the need closes
        agency.publish(EventTypes.APPRAISAL_FINALIZED, nip, finalized(appraisal, nip, "BAIK", 3));
        TopicReader.awaitConsumed("training-service", Topics.APPRAISAL);
        as(agency.hrAdmin).get("/api/v1/training-needs?nip=" + nip + "&source=APPRAISAL").then()
                .body("totalItems", equalTo(1)).body("items[0].status", equalTo("CLOSED"))
                .body("items[0].note", equalTo("BAIK"));
    }

    @Test
    void everyPredikatOfTheContractFromButuhPerbaikanDownBecomesANeed() throws Exception {
        // the value set as asn.appraisal.finalized.v1 publishes it, best to worst (docs/domain.md §3.4)
        JsonNode predikats;
        try (InputStream schema = getClass().getResourceAsStream(EventTypes.APPRAISAL_FINALIZED.schemaResource())) {
            predikats = TestAgency.JSON.readTree(schema).path("properties").path("predikat").path("enum");
        }
        List<String> values = new ArrayList<>();
        predikats.forEach(p -> values.add(p.asText()));
        assertThat(values).containsExactly("SANGAT_BAIK", "BAIK", "BUTUH_PERBAIKAN", "KURANG_MISCONDUCT",
                "SANGAT_KURANG");
        Map<String, String> nips = new LinkedHashMap<>();
        values.forEach(v -> nips.put(v, TestNips.pns()));
        agency.employees("u-contract", null, nips.values().toArray(String[]::new));

        // the two ratings of the matrix cell that gives each predikat
        Map<String, List<String>> cells = Map.of("SANGAT_BAIK", List.of("DI_ATAS_EKSPEKTASI", "DI_ATAS_EKSPEKTASI"),
                "BAIK", List.of("SESUAI_EKSPEKTASI", "SESUAI_EKSPEKTASI"),
                "BUTUH_PERBAIKAN", List.of("DI_BAWAH_EKSPEKTASI", "SESUAI_EKSPEKTASI"),
                "KURANG_MISCONDUCT", List.of("SESUAI_EKSPEKTASI", "DI_BAWAH_EKSPEKTASI"),
                "SANGAT_KURANG", List.of("DI_BAWAH_EKSPEKTASI", "DI_BAWAH_EKSPEKTASI"));
        try (TopicReader topic = TopicReader.of(Topics.APPRAISAL)) {
            nips.forEach((predikat, nip) -> agency.publish(EventTypes.APPRAISAL_FINALIZED, nip,
                    new AppraisalFinalizedV1("ap-contract-" + nip, nip, 2025, "ANNUAL", LocalDate.of(2025, 1, 1),
                            LocalDate.of(2025, 12, 31), cells.get(predikat).get(0), cells.get(predikat).get(1),
                            predikat, LocalDate.of(2026, 1, 20), "u-contract", TestNips.pns(), 1)));
            // what this test sends is what the contract allows appraisal-service to send
            topic.await(r -> nips.containsValue(r.key()), nips.size())
                    .forEach(r -> EventSchemaAssert.assertConforms(r.value()));
        }
        TopicReader.awaitConsumed("training-service", Topics.APPRAISAL);

        nips.forEach((predikat, nip) -> assertThat(count("nip=" + nip + "&source=APPRAISAL&status=OPEN"))
                .as(predikat).isEqualTo(values.indexOf(predikat) >= values.indexOf("BUTUH_PERBAIKAN") ? 1 : 0));
    }

    private static AppraisalFinalizedV1 finalized(String appraisalId, String nip, String predikat, int revision) {
        String hasil = predikat.equals("BAIK") ? "SESUAI_EKSPEKTASI" : "DI_BAWAH_EKSPEKTASI";
        return new AppraisalFinalizedV1(appraisalId, nip, 2025, "ANNUAL", LocalDate.of(2025, 1, 1),
                LocalDate.of(2025, 12, 31), hasil, predikat.equals("SANGAT_KURANG") ? "DI_BAWAH_EKSPEKTASI"
                : "SESUAI_EKSPEKTASI", predikat, LocalDate.of(2026, 1, 20), "u-obj", TestNips.pns(), revision);
    }

    @Test
    void surveyAnswersBecomeNeedsWhileTheSurveyIsOpenAndAggregatePerCompetencyAndUnit() {
        String supervisor = TestNips.pns();
        String report = TestNips.pns();
        String stranger = TestNips.pns();
        agency.employees("u-survey", null, supervisor, stranger);
        agency.employees("u-survey", supervisor, report);
        String survey = as(agency.hrAdmin).body(Map.of("title", "Survei 2027", "year", 2027))
                .post("/api/v1/needs-surveys").then().statusCode(201).extract().path("id");
        Map<String, Object> m3 = Map.of("competencyCode", "M3", "competencyName", "Komunikasi", "priority", 1);

        as(agency.employeeToken(report)).body(Map.of("items", List.of(m3)))
                .post("/api/v1/needs-surveys/" + survey + "/responses").then().statusCode(200)
                .body("[0].source", equalTo("SURVEY"));
        as(agency.supervisorToken(supervisor)).body(Map.of("nip", report, "items", List.of(m3,
                        Map.of("competencyCode", "M7", "priority", 2))))
                .post("/api/v1/needs-surveys/" + survey + "/responses").then().statusCode(200);
        as(agency.supervisorToken(supervisor)).body(Map.of("nip", stranger, "items", List.of(m3)))
                .post("/api/v1/needs-surveys/" + survey + "/responses").then().statusCode(404);
        as(agency.employeeToken(stranger)).body(Map.of("items", List.of(m3)))
                .post("/api/v1/needs-surveys/" + survey + "/responses").then().statusCode(200);

        as(agency.hrAdmin).get("/api/v1/training-needs/summary?year=2027&unitId=u-survey").then().statusCode(200)
                .body("items[0].competencyCode", equalTo("M3")).body("items[0].employees", equalTo(2))
                .body("items[0].fromSurveys", equalTo(2)).body("totalItems", equalTo(2));
        as(agency.employeeToken(report)).get("/api/v1/training-needs").then().body("totalItems", equalTo(2));
        as(agency.employeeToken(report)).get("/api/v1/training-needs/summary").then().statusCode(403);

        as(agency.hrAdmin).post("/api/v1/needs-surveys/" + survey + "/close").then().statusCode(200)
                .body("status", equalTo("CLOSED"));
        as(agency.employeeToken(report)).body(Map.of("items", List.of(m3)))
                .post("/api/v1/needs-surveys/" + survey + "/responses").then().statusCode(422);
    }
}
