package id.asn.appraisal.calibration;

import static id.asn.platform.testinfra.TestAgency.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import id.asn.appraisal.support.Agency;
import id.asn.platform.events.EventTypes;
import id.asn.platform.events.Topics;
import id.asn.platform.testinfra.TestNips;
import id.asn.platform.testinfra.TopicReader;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * Calibration against the distribution curve (docs/domain.md §3.5) and the unit head's hasil kerja (§3.4), with the
 * default curve of capaian BAIK (15/65/15/5/0) and a tolerance of 10 points.
 */
@QuarkusTest
class CalibrationApiTest {

    private static final String ATAS = "DI_ATAS_EKSPEKTASI";
    private static final String SESUAI = "SESUAI_EKSPEKTASI";
    private static final String BAWAH = "DI_BAWAH_EKSPEKTASI";

    private final Agency agency = new Agency("calibration");

    @Test
    void warnsOutsideTheCurveKeepsTheOriginalAndFinalizesTheUnitInsideItWithoutJustification() throws Exception {
        String atasan = TestNips.pns();
        String head = TestNips.pns();
        String rater = TestNips.pns();
        List<String> staff = List.of(TestNips.pns(), TestNips.pns(), TestNips.pns(), TestNips.pns(), TestNips.pns());
        agency.employees("setda-cal", null, atasan);
        agency.employees("u-cal", atasan, head);
        agency.employees("u-cal", head, rater);
        agency.employees("u-cal", rater, staff.toArray(String[]::new));
        String period = agency.period(2026);
        String calibration = "/api/v1/calibrations?periodId=" + period + "&unitId=u-cal";

        // the head of u-cal (their supervisor is outside it): hasil kerja follows the unit, so not before it is known
        String headAppraisal = agency.appraisal(agency.lockedPlan(period, head, atasan), atasan);
        rate(headAppraisal, atasan, SESUAI, SESUAI).statusCode(422);
        as(agency.hrAdmin).get(calibration).then().statusCode(422);
        agency.capaian(period, "u-cal", "BAIK");
        rate(headAppraisal, atasan, ATAS, SESUAI).statusCode(400).body("errors.field", equalTo(List.of("hasilKerja.rating")));
        rate(headAppraisal, atasan, SESUAI, SESUAI).statusCode(200).body("predikat", equalTo("BAIK"));

        List<String> appraisals = staff.stream().map(nip -> agency.appraisal(agency.lockedPlan(period, nip, rater), rater))
                .toList();
        agency.rated(appraisals.get(0), rater, ATAS, ATAS);
        agency.rated(appraisals.get(1), rater, ATAS, ATAS);
        agency.rated(appraisals.get(2), rater, SESUAI, SESUAI);
        agency.rated(appraisals.get(3), rater, SESUAI, SESUAI);
        Map<String, Object> settle = Map.of("periodId", period, "unitId", "u-cal");
        as(agency.hrAdmin).body(settle).post("/api/v1/calibrations/finalization").then().statusCode(422);
        agency.rated(appraisals.get(4), rater, BAWAH, SESUAI);

        // 2 Sangat Baik, 3 Baik, 1 Butuh Perbaikan of 6: Sangat Baik 33.3 % against 15 %, 18.3 points off
        as(agency.hrAdmin).get(calibration).then().statusCode(200)
                .body("capaian", equalTo("BAIK")).body("rated", equalTo(6)).body("unrated", equalTo(0))
                .body("outsideCurve", equalTo(true)).body("largestDifference", equalTo(18.3f))
                .body("distribution[0].predikat", equalTo("SANGAT_BAIK")).body("distribution[0].count", equalTo(2))
                .body("distribution[0].actualPercent", equalTo(33.3f)).body("distribution[0].curvePercent", equalTo(15))
                .body("distribution[0].differencePoints", equalTo(18.3f))
                .body("distribution[1].differencePoints", equalTo(-15.0f))
                .body("warnings", hasSize(2)).body("finalized", nullValue());
        as(agency.hrAdmin).body(settle).post("/api/v1/calibrations/finalization").then().statusCode(400)
                .body("errors.field", equalTo(List.of("justification")));

        // calibration changes one rating: a reason is required, the pejabat penilai's rating is kept
        Map<String, Object> adjust = Map.of("appraisalId", appraisals.get(1), "hasilKerja", SESUAI,
                "perilakuKerja", ATAS, "reason", "singkat");
        as(agency.hrAdmin).body(adjust).post("/api/v1/calibrations/adjustments").then().statusCode(400)
                .body("errors.field", equalTo(List.of("reason")));
        as(agency.supervisorToken(rater)).body(Map.of("appraisalId", appraisals.get(1), "hasilKerja", SESUAI,
                        "perilakuKerja", ATAS, "reason", "Realisasi di bawah target; bukti tidak mendukung."))
                .post("/api/v1/calibrations/adjustments").then().statusCode(403);
        as(agency.hrAdmin).body(Map.of("appraisalId", appraisals.get(1), "hasilKerja", SESUAI, "perilakuKerja", ATAS,
                        "reason", "Realisasi 1.050 izin di bawah target 1.200; bukti tidak mendukung Di Atas."))
                .post("/api/v1/calibrations/adjustments").then().statusCode(200)
                .body("predikatBefore", equalTo("SANGAT_BAIK")).body("hasilBefore", equalTo(ATAS))
                .body("predikatAfter", equalTo("BAIK")).body("hasilAfter", equalTo(SESUAI))
                .body("changedBy", equalTo("hr-" + agency.tenant));
        as(agency.supervisorToken(rater)).get("/api/v1/appraisals/" + appraisals.get(1)).then().statusCode(200)
                .body("predikat", equalTo("BAIK")).body("hasilKerja.rating", equalTo(SESUAI))
                .body("beforeCalibration.predikat", equalTo("SANGAT_BAIK"))
                .body("beforeCalibration.hasilKerja", equalTo(ATAS));
        rate(appraisals.get(1), rater, ATAS, ATAS).statusCode(422);
        as(agency.hrAdmin).get("/api/v1/calibrations/adjustments?periodId=" + period + "&unitId=u-cal").then()
                .statusCode(200).body("", hasSize(1)).body("[0].reason", equalTo(
                        "Realisasi 1.050 izin di bawah target 1.200; bukti tidak mendukung Di Atas."));

        // now 1/4/1 of 6: 16.7/66.7/16.7, inside the curve
        as(agency.hrAdmin).get(calibration).then().statusCode(200).body("outsideCurve", equalTo(false))
                .body("warnings", hasSize(0))
                .body("appraisals.find { it.appraisalId == '" + appraisals.get(1) + "' }.originalPredikat",
                        equalTo("SANGAT_BAIK"));

        // the chart is a real PNG of the documented size
        ExtractableResponse<Response> chart = given().auth().oauth2(agency.hrAdmin).accept("image/png")
                .get("/api/v1/calibrations/chart.png?periodId=" + period + "&unitId=u-cal")
                .then().statusCode(200).contentType("image/png").extract();
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(chart.asByteArray()));
        assertThat(image).isNotNull();
        assertThat(image.getWidth()).isEqualTo(DistributionChart.WIDTH);
        assertThat(image.getHeight()).isEqualTo(DistributionChart.HEIGHT);
        assertThat(distinctColours(image)).as("bars, axes and text, not a blank picture").isGreaterThan(10);
        given().auth().oauth2(new Agency("calibration-other").hrAdmin).accept("image/png")
                .get("/api/v1/calibrations/chart.png?periodId=" + period + "&unitId=u-cal").then().statusCode(404);

        // inside the curve no justification is needed; every rated appraisal is finalized and published once
        try (TopicReader topic = TopicReader.of(Topics.APPRAISAL)) {
            as(agency.hrAdmin).body(settle).post("/api/v1/calibrations/finalization").then().statusCode(200)
                    .body("finalized.finalizedCount", equalTo(6)).body("finalized.outsideCurve", equalTo(false))
                    .body("finalized.justification", nullValue())
                    .body("finalized.finalizedBy", equalTo("hr-" + agency.tenant))
                    .body("appraisals.status", everyItem(equalTo("FINALIZED")));
            List<ConsumerRecord<String, String>> events = topic.awaitEvents(agency.tenant,
                    EventTypes.APPRAISAL_FINALIZED.name(), e -> true, 6);
            Map<String, String> predikat = events.stream().map(e -> TopicReader.json(e.value()).path("data"))
                    .collect(Collectors.toMap(d -> d.path("appraisalId").asText(), d -> d.path("predikat").asText()));
            assertThat(predikat).hasSize(6).containsEntry(appraisals.get(1), "BAIK")
                    .containsEntry(appraisals.get(0), "SANGAT_BAIK").containsEntry(headAppraisal, "BAIK");
            assertThat(events.stream().map(e -> TopicReader.json(e.value()).path("data").path("revision").asInt()))
                    .containsOnly(1);
        }
        as(agency.hrAdmin).body(settle).post("/api/v1/calibrations/finalization").then().statusCode(422);
        as(agency.hrAdmin).body(Map.of("appraisalId", appraisals.get(0), "hasilKerja", SESUAI, "perilakuKerja", SESUAI,
                        "reason", "Terlambat: penilaian sudah ditetapkan bersama unit."))
                .post("/api/v1/calibrations/adjustments").then().statusCode(422);
    }

    @Test
    void outsideTheCurveFinalizingNeedsAJustificationWhichIsKept() {
        String atasan = TestNips.pns();
        String rater = TestNips.pns();
        List<String> staff = List.of(TestNips.pns(), TestNips.pns(), TestNips.pns());
        agency.employees("setda-out", null, atasan);
        agency.employees("u-out", atasan, rater);
        agency.employees("u-out", rater, staff.toArray(String[]::new));
        String period = agency.period(2027);
        agency.capaian(period, "u-out", "BAIK");
        staff.forEach(nip -> agency.ratedAppraisal(period, nip, rater, ATAS, ATAS));
        String justification = "Ketiga pegawai menuntaskan digitalisasi izin; realisasi 140 % dari target.";

        as(agency.hrAdmin).body(Map.of("periodId", period, "unitId", "u-out", "justification", "terlalu singkat"))
                .post("/api/v1/calibrations/finalization").then().statusCode(400)
                .body("errors.field", equalTo(List.of("justification")));
        as(agency.hrAdmin).body(Map.of("periodId", period, "unitId", "u-out", "justification", justification))
                .post("/api/v1/calibrations/finalization").then().statusCode(200)
                .body("outsideCurve", equalTo(true)).body("largestDifference", equalTo(85.0f))
                .body("warnings", hasItem("SANGAT_BAIK: 100.0 % against 15 % of the curve (+85.0 points)"))
                .body("finalized.outsideCurve", equalTo(true)).body("finalized.justification", equalTo(justification))
                .body("finalized.largestDifference", equalTo(85.0f)).body("finalized.finalizedCount", equalTo(3));
    }

    private ValidatableResponse rate(String appraisal, String rater, String hasil, String perilaku) {
        String token = agency.supervisorToken(rater);
        int version = as(token).get("/api/v1/appraisals/" + appraisal).then().extract().path("version");
        return as(token).body(Map.of("version", version, "hasilKerja", Agency.rating(hasil),
                "perilakuKerja", Agency.rating(perilaku))).put("/api/v1/appraisals/" + appraisal + "/rating").then();
    }

    private static long distinctColours(BufferedImage image) {
        Set<Integer> colours = new HashSet<>();
        for (int x = 0; x < image.getWidth(); x += 3) {
            for (int y = 0; y < image.getHeight(); y += 3) {
                colours.add(image.getRGB(x, y));
            }
        }
        return colours.size();
    }
}
