package id.asn.appraisal.objection;

import static id.asn.platform.testinfra.TestAgency.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import id.asn.appraisal.support.Agency;
import id.asn.appraisal.support.ShiftedCalendar;
import id.asn.platform.events.EventTypes;
import id.asn.platform.events.Topics;
import id.asn.platform.testinfra.EventSchemaAssert;
import id.asn.platform.testinfra.TestNips;
import id.asn.platform.testinfra.TopicReader;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** Keberatan (docs/domain.md §3.9): inside and outside the window, explanations, the final decision and its events. */
@QuarkusTest
class ObjectionsApiTest {

    private final Agency agency = new Agency("objections");

    /** An appraisee, their rater and the rater's superior (the atasan pejabat penilai), one finalized appraisal. */
    private record Case(String employee, String rater, String atasan, String appraisal) {
    }

    private Case finalizedCase(int year, String hasil, String perilaku) {
        String atasan = TestNips.pns();
        String rater = TestNips.pns();
        String employee = TestNips.pns();
        agency.employees("u-obj", null, atasan);
        agency.employees("u-obj", atasan, rater);
        agency.employees("u-obj", rater, employee);
        String plan = agency.lockedPlan(agency.period(year), employee, rater);
        String appraisal = agency.appraisal(plan, rater);
        agency.finalized(appraisal, rater, hasil, perilaku);
        return new Case(employee, rater, atasan, appraisal);
    }

    private ValidatableResponse file(Case c) {
        return as(agency.employeeToken(c.employee())).body(Map.of("appraisalId", c.appraisal(),
                "reasons", "Realisasi 1.350 izin tidak dipertimbangkan; laporan OSS Desember terlampir."))
                .post("/api/v1/objections").then();
    }

    @Test
    void anAcceptedObjectionReplacesTheResultOnceWithTheNextRevision() {
        Case c = finalizedCase(2026, "DI_BAWAH_EKSPEKTASI", "SESUAI_EKSPEKTASI");
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Jakarta"));
        String objection = file(c).statusCode(201).body("status", equalTo("FILED"))
                .body("addressedTo", equalTo(c.atasan())).body("predikatBefore", equalTo("BUTUH_PERBAIKAN"))
                .body("deadline", equalTo(today.plusDays(14).toString())).extract().path("id");
        file(c).statusCode(409);

        // the decision needs the explanations of both sides first, and only the atasan decides
        Map<String, Object> accepted = Map.of("version", 0, "decision", "ACCEPTED",
                "reason", "Bukti realisasi sah.", "hasilKerja", "SESUAI_EKSPEKTASI", "perilakuKerja", "SESUAI_EKSPEKTASI");
        as(agency.supervisorToken(c.atasan())).body(accepted).post("/api/v1/objections/" + objection + "/decision")
                .then().statusCode(422);
        as(agency.supervisorToken(c.rater())).body(Map.of("version", 0))
                .post("/api/v1/objections/" + objection + "/explanation-request").then().statusCode(403);
        int version = as(agency.supervisorToken(c.atasan())).body(Map.of("version", 0))
                .post("/api/v1/objections/" + objection + "/explanation-request").then().statusCode(200)
                .body("status", equalTo("EXPLANATIONS_REQUESTED")).extract().path("version");
        version = as(agency.employeeToken(c.employee())).body(Map.of("version", version, "text", "Laporan terlampir."))
                .post("/api/v1/objections/" + objection + "/explanations").then().statusCode(200)
                .body("employeeExplanation", equalTo("Laporan terlampir.")).extract().path("version");
        version = as(agency.supervisorToken(c.rater())).body(Map.of("version", version, "text", "Laporan terlambat."))
                .post("/api/v1/objections/" + objection + "/explanations").then().statusCode(200)
                .body("raterExplanation", equalTo("Laporan terlambat.")).extract().path("version");

        try (TopicReader topic = TopicReader.of(Topics.APPRAISAL)) {
            as(agency.supervisorToken(c.atasan())).body(Map.of("version", version, "decision", "ACCEPTED",
                            "reason", "Bukti realisasi sah.", "hasilKerja", "SESUAI_EKSPEKTASI",
                            "perilakuKerja", "SESUAI_EKSPEKTASI"))
                    .post("/api/v1/objections/" + objection + "/decision").then().statusCode(200)
                    .body("status", equalTo("DECIDED")).body("predikatAfter", equalTo("BAIK"))
                    .body("decidedOn", equalTo(today.toString()));

            List<ConsumerRecord<String, String>> finalized = topic.awaitEvents(agency.tenant,
                    EventTypes.APPRAISAL_FINALIZED.name(), e -> e.path("data").path("appraisalId").asText()
                            .equals(c.appraisal()) && e.path("data").path("revision").asInt() == 2, 1);
            List<ConsumerRecord<String, String>> decided = topic.awaitEvents(agency.tenant,
                    EventTypes.APPRAISAL_OBJECTION_DECIDED.name(), e -> true, 1);
            assertThat(finalized).hasSize(1);
            assertThat(decided).hasSize(1);
            EventSchemaAssert.assertConforms(finalized.get(0).value());
            EventSchemaAssert.assertConforms(decided.get(0).value());
            JsonNode result = TopicReader.json(finalized.get(0).value()).path("data");
            assertThat(result.path("predikat").asText()).isEqualTo("BAIK");
            assertThat(result.path("hasilKerja").asText()).isEqualTo("SESUAI_EKSPEKTASI");
            JsonNode decision = TopicReader.json(decided.get(0).value()).path("data");
            assertThat(decision.path("objectionId").asText()).isEqualTo(objection);
            assertThat(decision.path("decision").asText()).isEqualTo("ACCEPTED");
            assertThat(decision.path("predikatBefore").asText()).isEqualTo("BUTUH_PERBAIKAN");
            assertThat(decision.path("predikatAfter").asText()).isEqualTo("BAIK");
            assertThat(decided.get(0).key()).isEqualTo(c.employee());
        }

        // final: no second decision; the appraisal shows the corrected result
        int decidedVersion = as(agency.hrAdmin).get("/api/v1/objections/" + objection).then().statusCode(200)
                .extract().path("version");
        as(agency.supervisorToken(c.atasan())).body(Map.of("version", decidedVersion, "decision", "REJECTED",
                        "reason", "Ubah pikiran."))
                .post("/api/v1/objections/" + objection + "/decision").then().statusCode(422);
        as(agency.employeeToken(c.employee())).get("/api/v1/appraisals/" + c.appraisal()).then()
                .body("predikat", equalTo("BAIK")).body("revision", equalTo(2))
                .body("hasilKerja.rating", equalTo("SESUAI_EKSPEKTASI"));
    }

    @Test
    void aRejectedObjectionKeepsTheResultAndPublishesOnlyTheDecision() {
        Case c = finalizedCase(2027, "SESUAI_EKSPEKTASI", "SESUAI_EKSPEKTASI");
        String objection = file(c).statusCode(201).extract().path("id");
        int version = as(agency.supervisorToken(c.atasan())).body(Map.of("version", 0))
                .post("/api/v1/objections/" + objection + "/explanation-request").then().statusCode(200)
                .extract().path("version");
        as(agency.supervisorToken(c.atasan())).body(Map.of("version", version, "decision", "REJECTED",
                        "reason", "Bukti tidak mendukung.", "hasilKerja", "DI_ATAS_EKSPEKTASI"))
                .post("/api/v1/objections/" + objection + "/decision").then().statusCode(400);
        as(agency.supervisorToken(c.atasan())).body(Map.of("version", version, "decision", "ACCEPTED",
                        "reason", "Tetap.", "hasilKerja", "SESUAI_EKSPEKTASI", "perilakuKerja", "SESUAI_EKSPEKTASI"))
                .post("/api/v1/objections/" + objection + "/decision").then().statusCode(400);

        try (TopicReader topic = TopicReader.of(Topics.APPRAISAL)) {
            as(agency.supervisorToken(c.atasan())).body(Map.of("version", version, "decision", "REJECTED",
                            "reason", "Bukti tidak mendukung."))
                    .post("/api/v1/objections/" + objection + "/decision").then().statusCode(200)
                    .body("predikatAfter", equalTo("BAIK"));
            topic.awaitEvents(agency.tenant, EventTypes.APPRAISAL_OBJECTION_DECIDED.name(),
                    e -> e.path("data").path("objectionId").asText().equals(objection), 1);
            // the topic holds revision 1 from the finalisation; a rejection publishes no other
            assertThat(topic.matching(r -> TopicReader.json(r.value()).path("type").asText()
                    .equals(EventTypes.APPRAISAL_FINALIZED.name()) && TopicReader.json(r.value()).path("data")
                    .path("appraisalId").asText().equals(c.appraisal()))).hasSize(1)
                    .allSatisfy(r -> assertThat(TopicReader.json(r.value()).path("data").path("revision").asInt())
                            .isEqualTo(1));
        }
        as(agency.hrAdmin).get("/api/v1/appraisals/" + c.appraisal()).then().body("revision", equalTo(1));
    }

    @Test
    void noObjectionAfterTheWindowWithTheDeadlineInTheAnswer() {
        Case c = finalizedCase(2028, "DI_BAWAH_EKSPEKTASI", "DI_BAWAH_EKSPEKTASI");
        LocalDate deadline = LocalDate.now(ZoneId.of("Asia/Jakarta")).plusDays(14);

        ShiftedCalendar.ahead(15, () -> file(c).statusCode(422).contentType("application/problem+json")
                .body("detail", containsString(deadline.toString())));
        // the last day of the window still counts
        ShiftedCalendar.ahead(14, () -> file(c).statusCode(201));
    }

    @Test
    void onlyTheAppraiseeObjectsAndOnlyToAFinalizedResult() {
        Case c = finalizedCase(2029, "SESUAI_EKSPEKTASI", "SESUAI_EKSPEKTASI");
        as(agency.supervisorToken(c.rater())).body(Map.of("appraisalId", c.appraisal(), "reasons", "Saya keberatan."))
                .post("/api/v1/objections").then().statusCode(403);
        as(agency.employeeToken(TestNips.pns())).body(Map.of("appraisalId", c.appraisal(), "reasons", "Saya keberatan."))
                .post("/api/v1/objections").then().statusCode(404);
        as(agency.employeeToken(c.employee())).body(Map.of("appraisalId", c.appraisal(), "reasons", " "))
                .post("/api/v1/objections").then().statusCode(400);
    }
}
