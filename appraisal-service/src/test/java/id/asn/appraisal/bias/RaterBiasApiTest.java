package id.asn.appraisal.bias;

import static id.asn.platform.testinfra.TestAgency.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import id.asn.appraisal.support.Agency;
import id.asn.platform.testinfra.TestNips;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The rater bias report (docs/domain.md §3.5) on a hand-made agency whose figures are worked out below: two raters,
 * one calibrated rating, three peers' input on one person.
 */
@QuarkusTest
class RaterBiasApiTest {

    private static final String ATAS = "DI_ATAS_EKSPEKTASI";
    private static final String SESUAI = "SESUAI_EKSPEKTASI";
    private static final String BAWAH = "DI_BAWAH_EKSPEKTASI";

    private final Agency agency = new Agency("bias");

    @Test
    void comparesEachRaterWithTheUnitTheAgencyCalibrationAndOtherRaters() {
        String top = TestNips.pns();
        String rater1 = TestNips.pns();
        String rater2 = TestNips.pns();
        String p1 = TestNips.pns();
        String p2 = TestNips.pns();
        String p3 = TestNips.pns();
        String p4 = TestNips.pns();
        String q1 = TestNips.pns();
        String q2 = TestNips.pns();
        agency.employees("u-top", null, top);
        agency.employees("u-b1", top, rater1);
        agency.employees("u-b2", top, rater2);
        agency.employees("u-b1", rater1, p1, p2, p3, p4);
        agency.employees("u-b2", rater2, q1, q2);
        String period = agency.period(2026);

        // rater 1 gives Sangat Baik, Sangat Baik, Baik (scores 5, 5, 4); rater 2 Baik, Butuh Perbaikan (4, 3)
        String a1 = agency.ratedAppraisal(period, p1, rater1, ATAS, ATAS);
        agency.ratedAppraisal(period, p2, rater1, ATAS, ATAS);
        agency.ratedAppraisal(period, p3, rater1, SESUAI, SESUAI);
        agency.ratedAppraisal(period, q1, rater2, SESUAI, SESUAI);
        agency.ratedAppraisal(period, q2, rater2, BAWAH, SESUAI);
        // p1's peers: Sesuai, Sesuai, Di Bawah (mean 5/3) against rater 1's Di Atas (3): +1.33
        String inputs = "/api/v1/appraisals/" + a1 + "/behaviour-inputs/mine";
        as(agency.employeeToken(p2)).body(Map.of("rating", SESUAI)).put(inputs).then().statusCode(200);
        as(agency.employeeToken(p3)).body(Map.of("rating", SESUAI)).put(inputs).then().statusCode(200);
        as(agency.employeeToken(p4)).body(Map.of("rating", BAWAH)).put(inputs).then().statusCode(200);
        // calibration settles p1 at Baik (4): rater 1 was 1 point above on 1 of 3, a mean of +0.33
        as(agency.hrAdmin).body(Map.of("appraisalId", a1, "hasilKerja", SESUAI, "perilakuKerja", SESUAI,
                        "reason", "Realisasi sesuai target, bukan di atasnya, menurut laporan."))
                .post("/api/v1/calibrations/adjustments").then().statusCode(200);

        String report = "/api/v1/rater-bias?periodId=" + period;
        String first = "items.find { it.raterNip == '" + rater1 + "' }.";
        String second = "items.find { it.raterNip == '" + rater2 + "' }.";
        as(agency.hrAdmin).get(report).then().statusCode(200)
                .body("totalItems", equalTo(2))
                .body(first + "unitId", equalTo("u-b1"))
                .body(first + "raterName", equalTo("Pegawai " + rater1.substring(12)))
                .body(first + "rater.appraisals", equalTo(3))
                .body(first + "rater.counts.SANGAT_BAIK", equalTo(2))
                .body(first + "rater.percent.SANGAT_BAIK", equalTo(66.7f))
                .body(first + "rater.meanScore", equalTo(4.67f))
                .body(first + "unit.appraisals", equalTo(3))
                .body(first + "unit.meanScore", equalTo(4.67f))
                .body(first + "agency.appraisals", equalTo(5))
                .body(first + "agency.percent.SANGAT_BAIK", equalTo(40.0f))
                .body(first + "agency.percent.BUTUH_PERBAIKAN", equalTo(20.0f))
                .body(first + "agency.meanScore", equalTo(4.2f))
                .body(first + "leniencyVsCalibration", equalTo(0.33f))
                .body(first + "leniencyVsOtherRaters", equalTo(1.33f))
                .body(first + "peopleComparedWithOtherRaters", equalTo(1))
                .body(first + "changedByCalibration", equalTo(1))
                .body(second + "unitId", equalTo("u-b2"))
                .body(second + "rater.meanScore", equalTo(3.5f))
                .body(second + "unit.counts.BUTUH_PERBAIKAN", equalTo(1))
                .body(second + "agency.meanScore", equalTo(4.2f))
                .body(second + "leniencyVsCalibration", equalTo(0.0f))
                .body(second + "leniencyVsOtherRaters", nullValue())
                .body(second + "peopleComparedWithOtherRaters", equalTo(0))
                .body(second + "changedByCalibration", equalTo(0));

        // paged: one rater a page, both counted
        as(agency.hrAdmin).get(report + "&size=1&page=2").then().statusCode(200)
                .body("items.size()", equalTo(1)).body("totalItems", equalTo(2)).body("totalPages", equalTo(2));
        // hr-admin only
        as(agency.supervisorToken(rater1)).get(report).then().statusCode(403);
        as(agency.employeeToken(p1)).get(report).then().statusCode(403);
    }
}
