package id.asn.appraisal.criteria;

import static id.asn.platform.testinfra.TestAgency.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import id.asn.appraisal.support.Agency;
import id.asn.appraisal.support.ShiftedCalendar;
import id.asn.platform.testinfra.TestNips;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Criteria co-created and published before the period (docs/domain.md §3.2.1). */
@QuarkusTest
class CriteriaApiTest {

    private final Agency agency = new Agency("criteria");

    @Test
    void aUnitCoCreatesItsCriteriaAndPlansAreRatedOnlyAgainstPublishedOnes() {
        String rater = TestNips.pns();
        String employee = TestNips.pns();
        String colleague = TestNips.pns();
        String outsider = TestNips.pns();
        agency.employees("u-crit", null, rater);
        agency.employees("u-crit", rater, employee, colleague);
        agency.employees("u-away", null, outsider);
        String period = agency.period(2027);
        String list = "/api/v1/appraisal-criteria?periodId=" + period + "&unitId=u-crit";

        String accepted = propose(employee, period, "WAKTU", "Rata-rata waktu penerbitan izin", "2 hari kerja");
        String declined = propose(employee, period, "KUANTITAS", "Jumlah sosialisasi", "12 kali");
        as(agency.employeeToken(colleague)).body(Map.of("text", "Setuju, ukur dari berkas lengkap."))
                .post("/api/v1/appraisal-criteria/" + accepted + "/comments").then().statusCode(200)
                .body("comments[0].authorNip", equalTo(colleague));
        as(agency.employeeToken(outsider)).body(Map.of("text", "Saya juga."))
                .post("/api/v1/appraisal-criteria/" + accepted + "/comments").then().statusCode(404);

        // only the unit's pejabat penilai decides, always with a reason
        as(agency.employeeToken(colleague)).body(Map.of("version", 0, "decision", "ACCEPT", "reason", "Baik."))
                .post("/api/v1/appraisal-criteria/" + accepted + "/decision").then().statusCode(403);
        as(agency.supervisorToken(rater)).body(Map.of("version", 0, "decision", "DECLINE", "reason", " "))
                .post("/api/v1/appraisal-criteria/" + declined + "/decision").then().statusCode(400)
                .body("errors.field", hasItem("reason"));
        as(agency.supervisorToken(rater)).body(Map.of("version", 0, "decision", "ACCEPT", "target", "3 hari kerja",
                        "reason", "Diterima; target mengikuti standar pelayanan."))
                .post("/api/v1/appraisal-criteria/" + accepted + "/decision").then().statusCode(200)
                .body("status", equalTo("ACCEPTED")).body("edited", equalTo(true)).body("target", equalTo("3 hari kerja"));
        as(agency.supervisorToken(rater)).body(Map.of("version", 0, "decision", "DECLINE",
                        "reason", "Bukan hasil kerja, melainkan kegiatan."))
                .post("/api/v1/appraisal-criteria/" + declined + "/decision").then().statusCode(200)
                .body("status", equalTo("DECLINED"));

        // before publication a colleague sees nothing of it; afterwards every ASN of the unit sees the accepted one
        as(agency.employeeToken(colleague)).get(list).then().statusCode(200).body("size()", equalTo(0));
        ShiftedCalendar.ahead(40, () -> as(agency.supervisorToken(rater)).body(Map.of("periodId", period,
                "unitId", "u-crit")).post("/api/v1/appraisal-criteria/publication").then().statusCode(422)
                .body("detail", containsString("2027-01-01")));
        as(agency.supervisorToken(rater)).body(Map.of("periodId", period, "unitId", "u-crit"))
                .post("/api/v1/appraisal-criteria/publication").then().statusCode(200).body("criteria", equalTo(1));
        as(agency.employeeToken(colleague)).get(list).then().statusCode(200)
                .body("id", equalTo(List.of(accepted))).body("[0].reason", containsString("standar"))
                .body("[0].comments.size()", equalTo(1));
        as(agency.employeeToken(outsider)).get(list).then().statusCode(404);
        as(agency.employeeToken(colleague)).body(Map.of("periodId", period, "aspect", "BIAYA",
                "indicator", "Terlambat", "target", "-")).post("/api/v1/appraisal-criteria").then().statusCode(422);

        // a plan taking up the published criterion is rated; one taking up the declined criterion is not
        String good = planCiting(period, employee, rater, accepted);
        as(agency.supervisorToken(rater)).body(rating(0)).put("/api/v1/appraisals/" + good + "/rating")
                .then().statusCode(200);
        String bad = planCiting(period, colleague, rater, declined);
        as(agency.supervisorToken(rater)).body(rating(0)).put("/api/v1/appraisals/" + bad + "/rating")
                .then().statusCode(422).contentType("application/problem+json")
                .body("detail", containsString(declined));
    }

    private String propose(String nip, String period, String aspect, String indicator, String target) {
        return as(agency.employeeToken(nip)).body(Map.of("periodId", period, "aspect", aspect,
                        "indicator", indicator, "target", target))
                .post("/api/v1/appraisal-criteria").then().statusCode(201).body("status", equalTo("PROPOSED"))
                .extract().path("id");
    }

    private String planCiting(String period, String nip, String rater, String criterion) {
        String plan = as(agency.employeeToken(nip)).body(Map.of("periodId", period,
                        "content", Agency.content("Layanan izin cepat", criterion)))
                .post("/api/v1/performance-plans").then().statusCode(201)
                .body("workResults[0].indicators[0].criterionId", equalTo(criterion)).extract().path("id");
        return agency.appraisal(agency.lock(plan, nip, rater), rater);
    }

    private static Map<String, Object> rating(int version) {
        return Map.of("version", version, "hasilKerja", Agency.rating("SESUAI_EKSPEKTASI"),
                "perilakuKerja", Agency.rating("SESUAI_EKSPEKTASI"));
    }
}
