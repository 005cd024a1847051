package id.asn.appraisal.rater;

import static id.asn.platform.testinfra.TestAgency.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import id.asn.appraisal.support.Agency;
import id.asn.platform.testinfra.TestNips;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The trained-rater rule (docs/domain.md §3.4.2) both ways: rater trainings arrive as asn.training.completed.v1
 * events through the kit's inbox, and the period's requirement warns about or refuses an untrained pejabat penilai.
 */
@QuarkusTest
class TrainedRaterApiTest {

    private static final String MISSING = "Pelatihan Penilai Kinerja (program pelatihan penilai di training-service)";

    private final Agency agency = new Agency("trained-rater");

    private String appraisal(int year, String requirement, String rater) {
        String employee = TestNips.pns();
        agency.employees("u-tr-" + year, null, rater);
        agency.employees("u-tr-" + year, rater, employee);
        String period = agency.period(Map.of("year", year, "planDueOn", year + "-12-31", "raterTraining", requirement));
        return agency.appraisal(agency.lockedPlan(period, employee, rater), rater);
    }

    private ValidatableResponse rate(String appraisal, String rater) {
        String token = agency.supervisorToken(rater);
        int version = as(token).get("/api/v1/appraisals/" + appraisal).then().extract().path("version");
        return as(token).body(Map.of("version", version, "hasilKerja", Agency.rating("SESUAI_EKSPEKTASI"),
                "perilakuKerja", Agency.rating("SESUAI_EKSPEKTASI"))).put("/api/v1/appraisals/" + appraisal + "/rating")
                .then();
    }

    @Test
    void refusesAnUntrainedRaterNamingTheTrainingUntilTheTrainingArrives() {
        String rater = TestNips.pns();
        String appraisal = appraisal(2026, "REFUSE", rater);

        rate(appraisal, rater).statusCode(422).contentType("application/problem+json")
                .body("detail", containsString(MISSING)).body("detail", containsString(rater));
        as(agency.hrAdmin).get("/api/v1/appraisals/" + appraisal).then().body("status", equalTo("DRAFT"));

        // a completion of a programme that is no rater training, and one from a publisher without the field
        agency.raterTrained(rater, false);
        agency.raterTrained(rater, null);
        rate(appraisal, rater).statusCode(422);

        String event = agency.raterTrained(rater, true);
        agency.redeliver(event, rater);
        as(agency.hrAdmin).get("/api/v1/rater-trainings/" + rater).then().statusCode(200)
                .body("trained", equalTo(true)).body("trainings", hasSize(1))
                .body("trainings[0].programTitle", equalTo("Pelatihan Penilai Kinerja yang Adil"))
                .body("trainings[0].completedOn", equalTo("2026-03-06"));
        rate(appraisal, rater).statusCode(200).body("status", equalTo("RATED")).body("warnings", empty());
    }

    @Test
    void warnsAboutAnUntrainedRaterAndRatesAnyway() {
        String rater = TestNips.pns();
        String appraisal = appraisal(2027, "WARN", rater);

        rate(appraisal, rater).statusCode(200).body("status", equalTo("RATED"))
                .body("warnings", hasSize(1)).body("warnings[0].code", equalTo("RATER_TRAINING_MISSING"))
                .body("warnings[0].raterNip", equalTo(rater))
                .body("warnings[0].missingTraining", equalTo(MISSING));
        as(agency.supervisorToken(rater)).get("/api/v1/rater-trainings/" + rater).then().statusCode(200)
                .body("trained", equalTo(false)).body("trainings", empty());

        agency.raterTrained(rater, true);
        rate(appraisal, rater).statusCode(200).body("warnings", empty());
    }

    @Test
    void aWithdrawnRaterTrainingNoLongerCountsUntilItIsGivenAgain() {
        String rater = TestNips.pns();
        String appraisal = appraisal(2029, "REFUSE", rater);
        agency.raterTrained(rater, true);

        // training-service reopened the session and withdrew the completion (revision 2)
        agency.raterTrainingCorrected(rater, 2, false);
        as(agency.hrAdmin).get("/api/v1/rater-trainings/" + rater).then().statusCode(200)
                .body("trained", equalTo(false)).body("trainings", empty());
        rate(appraisal, rater).statusCode(422).body("detail", containsString(MISSING));

        // given again (revision 3), then a late copy of the withdrawal (revision 2) changes nothing
        agency.raterTrainingCorrected(rater, 3, true);
        agency.raterTrainingCorrected(rater, 2, false);
        as(agency.hrAdmin).get("/api/v1/rater-trainings/" + rater).then().statusCode(200)
                .body("trained", equalTo(true)).body("trainings", hasSize(1))
                .body("trainings[0].completedOn", equalTo("2026-03-09"));
        rate(appraisal, rater).statusCode(200).body("status", equalTo("RATED"));
    }

    @Test
    void byDefaultAPeriodRequiresNoRaterTraining() {
        String rater = TestNips.pns();
        String employee = TestNips.pns();
        agency.employees("u-tr-off", null, rater);
        agency.employees("u-tr-off", rater, employee);
        String period = agency.period(2028);
        as(agency.hrAdmin).get("/api/v1/appraisal-periods/" + period).then().body("raterTraining", equalTo("OFF"));
        String appraisal = agency.appraisal(agency.lockedPlan(period, employee, rater), rater);

        rate(appraisal, rater).statusCode(200).body("warnings", empty());
    }
}
