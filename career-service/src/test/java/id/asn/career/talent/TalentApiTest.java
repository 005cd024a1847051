package id.asn.career.talent;

import static id.asn.platform.testinfra.TestAgency.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import id.asn.career.support.Agency;
import id.asn.platform.events.EventTypes;
import id.asn.platform.events.Topics;
import id.asn.platform.events.competency.CompetencyGapChangedV1;
import id.asn.platform.events.training.TrainingCompletedV1;
import id.asn.platform.testinfra.EventSchemaAssert;
import id.asn.platform.testinfra.TestNips;
import id.asn.platform.testinfra.TopicReader;
import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** docs/domain.md §4.3–§4.4 on the real database and broker: placements follow the evidence events. */
@QuarkusTest
class TalentApiTest {

    private final Agency agency = new Agency("talent");

    private Integer box(String nip) {
        var response = as(agency.hrAdmin).get("/api/v1/careers/" + nip + "/talent-box?year=2026");
        return response.statusCode() == 200 ? response.then().extract().path("box") : null;
    }

    private void jpm(String nip, String jpm) {
        agency.publish(EventTypes.COMPETENCY_GAP_CHANGED, nip, new CompetencyGapChangedV1(nip, "u-1",
                "pos-" + nip.substring(12), new BigDecimal(jpm), List.of()));
    }

    @Test
    void appraisalTrainingAndCompetencyEventsPlaceTheEmployeeAndAChangedBoxIsPublished() {
        String nip = TestNips.pns();
        agency.employees(null, nip);
        try (TopicReader reader = TopicReader.of(Topics.CAREER)) {
            jpm(nip, "90");
            agency.appraisal(nip, 2026, "BAIK");
            // 90×0.6 = 54: MENENGAH is 60, so box 2 (sesuai, rendah)
            await().atMost(Duration.ofSeconds(30)).until(() -> Integer.valueOf(2).equals(box(nip)));
            // 20 JP of training: 54 + 25 = 79, still MENENGAH is from 60: box 5
            agency.publish(EventTypes.TRAINING_COMPLETED, nip, new TrainingCompletedV1("enr-" + nip, nip, "prog-1",
                    "Pelatihan Kepemimpinan", "PELATIHAN_KLASIKAL", "BPSDM", List.of(), new BigDecimal("20"),
                    LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 10), "CERT-1", false));
            await().atMost(Duration.ofSeconds(30)).until(() -> Integer.valueOf(5).equals(box(nip)));

            as(agency.hrAdmin).get("/api/v1/careers/" + nip + "/talent-box").then().statusCode(200)
                    .body("box", equalTo(5)).body("kinerja", equalTo("SESUAI_EKSPEKTASI"))
                    .body("potensial", equalTo("MENENGAH")).body("potentialScore", equalTo(79.0f))
                    .body("reason", containsString("2026 annual predikat BAIK"))
                    .body("recommendedActions[0]", equalTo("Penempatan yang sesuai"));

            List<ConsumerRecord<String, String>> events = reader.await(r -> nip.equals(r.key())
                    && r.value().contains(EventTypes.CAREER_TALENT_BOX_CHANGED.name()), 2);
            events.forEach(e -> EventSchemaAssert.assertConforms(e.value()));
            assertThat(TopicReader.json(events.get(1).value()).path("data").path("previousBox").asInt()).isEqualTo(2);
            assertThat(TopicReader.json(events.get(1).value()).path("data").path("box").asInt()).isEqualTo(5);
            assertThat(TopicReader.json(events.get(1).value()).path("tenant").asText()).isEqualTo(agency.tenant);
        }
        as(agency.hrAdmin).get("/api/v1/careers/" + nip + "/audit").then()
                .body("lines.findAll { it.subject == 'TALENT_BOX' }.size()", equalTo(2));
    }

    @Test
    void theAgencysSchemeOfAYearMovesTheCutOffsOfThatYearOnly() throws IOException {
        String nip = TestNips.pns();
        agency.employees(null, nip);
        jpm(nip, "100");
        agency.appraisal(nip, 2026, "SANGAT_BAIK");
        agency.appraisal(nip, 2025, "SANGAT_BAIK");
        await().atMost(Duration.ofSeconds(30)).until(() -> Integer.valueOf(7).equals(box(nip)));

        as(agency.hrAdmin).get("/api/v1/talent-reviews/2026/scheme").then().statusCode(200)
                .body("source", equalTo("DEFAULT")).body("highFrom", equalTo(80));
        as(agency.hrAdmin).body(Map.of("competencyWeight", 0.8, "trainingWeight", 0.1, "awardWeight", 0.1,
                "mediumFrom", 40, "highFrom", 80)).put("/api/v1/talent-reviews/2026/scheme").then().statusCode(200)
                .body("source", equalTo("AGENCY"));
        as(agency.hrAdmin).post("/api/v1/talent-reviews/2026/recompute").then().statusCode(200)
                .body("placed", equalTo(1)).body("changed", equalTo(1));
        // 100×0.8 = 80: TINGGI from 80 inclusive, so box 9
        assertThat(box(nip)).isEqualTo(9);
        // a re-run (as after an interrupted one) places again without announcing or auditing an unchanged box
        as(agency.hrAdmin).post("/api/v1/talent-reviews/2026/recompute").then().statusCode(200)
                .body("placed", equalTo(1)).body("changed", equalTo(0));
        as(agency.hrAdmin).get("/api/v1/careers/" + nip + "/audit").then()
                .body("lines.findAll { it.subject == 'TALENT_BOX' && it.detail.box == 9 }.size()", equalTo(1));
        as(agency.hrAdmin).get("/api/v1/talent-reviews/2025/scheme").then().body("source", equalTo("DEFAULT"));
        as(agency.hrAdmin).get("/api/v1/talent-reviews/2026/grid").then().statusCode(200)
                .body("total", equalTo(1)).body("cells.find { it.box == 9 }.count", equalTo(1))
                .body("cells.size()", equalTo(9));
        as(agency.hrAdmin).get("/api/v1/talent-reviews/2026/placements?box=9").then()
                .body("items[0].nip", equalTo(nip));
        byte[] png = given().auth().oauth2(agency.hrAdmin).accept("image/png")
                .get("/api/v1/talent-reviews/2026/grid.png").then().statusCode(200).contentType("image/png")
                .extract().asByteArray();
        assertThat(ImageIO.read(new ByteArrayInputStream(png)).getWidth()).isGreaterThan(500);

        as(agency.hrAdmin).body(Map.of("competencyWeight", 0.8, "trainingWeight", 0.3, "awardWeight", 0.1,
                "mediumFrom", 40, "highFrom", 80)).put("/api/v1/talent-reviews/2026/scheme").then().statusCode(400)
                .body("errors[0].field", equalTo("competencyWeight"));
        as(agency.hrAdmin).body(Map.of("competencyWeight", 0.8, "trainingWeight", 0.1, "awardWeight", 0.1,
                "mediumFrom", 80, "highFrom", 80)).put("/api/v1/talent-reviews/2026/scheme").then().statusCode(400)
                .body("errors[0].field", equalTo("mediumFrom"));
    }
}
