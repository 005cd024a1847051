package id.asn.career.succession;

import static id.asn.platform.testinfra.TestAgency.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import id.asn.career.jobfit.JobFitLookup;
import id.asn.career.support.Agency;
import id.asn.platform.events.EventTypes;
import id.asn.platform.events.competency.CompetencyGapChangedV1;
import id.asn.platform.events.employee.EmployeeSnapshot;
import id.asn.platform.testinfra.TestNips;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import io.smallrye.faulttolerance.api.CircuitBreakerState;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * docs/domain.md §4.5 and §5.5 on the real database and broker: the pool, retirement exclusion and ranking; and
 * the job-fit client's fault tolerance (ADR 0017) against a competency-service port that never answers, a real
 * condition: each call falls back to the events after its timeout and retries, and the circuit opens.
 */
@QuarkusTest
class SuccessionApiTest {

    private final Agency agency = new Agency("succession");

    @Inject
    CircuitBreakerMaintenance circuits;

    private String critical(String positionId) {
        return as(agency.hrAdmin).body(Map.of("positionId", positionId, "title", "Kepala Bidang " + positionId))
                .post("/api/v1/succession-plans").then().statusCode(201).extract().path("id");
    }

    private void placed(String nip, String predikat, String jpm, String positionId) {
        agency.publish(EventTypes.COMPETENCY_GAP_CHANGED, nip, new CompetencyGapChangedV1(nip, "u-1", positionId,
                new BigDecimal(jpm), List.of()));
        agency.appraisal(nip, 2026, predikat);
    }

    private Integer box(String nip) {
        var response = as(agency.hrAdmin).get("/api/v1/careers/" + nip + "/talent-box");
        return response.statusCode() == 200 ? response.then().extract().path("box") : null;
    }

    @Test
    void thePoolIsRankedByBoxThenJobFitAndLeavesOutThoseNearRetirement() {
        circuits.resetAll();
        String best = TestNips.pns();
        String second = TestNips.pns();
        String retiring = TestNips.pns();
        String weak = TestNips.pns();
        agency.employees(null, best, second, weak);
        EmployeeSnapshot s = Agency.snapshot(retiring, null);
        agency.employee(new EmployeeSnapshot(retiring, s.name(), "PNS", s.gender(),
                LocalDate.now().minusYears(58).plusMonths(6), s.unitId(), s.unitName(), s.positionId(),
                s.positionTitle(), "PELAKSANA", null, "III/d", "S1", s.tmt(), true));
        // JPM 100 and Sangat Baik: 60 → box 7; with 20 JP it would be higher, but these have none
        placed(best, "SANGAT_BAIK", "100", "pos-target");
        placed(second, "SANGAT_BAIK", "100", "pos-other");
        placed(retiring, "SANGAT_BAIK", "100", "pos-target");
        placed(weak, "BUTUH_PERBAIKAN", "50", "pos-target");
        for (String nip : List.of(best, second, retiring, weak)) {
            await().atMost(Duration.ofSeconds(30)).until(() -> box(nip) != null);
        }
        String plan = critical("pos-target");

        JsonPath answer = as(agency.hrAdmin).get("/api/v1/succession-plans/" + plan).then().statusCode(200)
                .extract().jsonPath();
        // competency-service does not answer: the job fit comes from the events, known where the position matches
        assertThat(answer.getString("jobFitSource")).isEqualTo("EVENTS");
        assertThat(answer.getList("candidates.nip")).containsExactly(best, second);
        assertThat(answer.getList("candidates.readiness")).containsExactly("SIAP_1_2_TAHUN", "SIAP_1_2_TAHUN");
        assertThat(answer.getFloat("candidates[0].jobFit")).isEqualTo(100f);
        assertThat(answer.getString("candidates[1].jobFit")).isNull();
        assertThat(answer.getList("excluded.nip")).containsExactly(retiring);
        assertThat(answer.getString("excluded[0].reason")).contains("retirement age 58");
    }

    @Test
    void anUnansweringCompetencyServiceTimesOutFallsBackAndOpensTheCircuit() {
        circuits.resetAll();
        String nip = TestNips.pns();
        agency.employees(null, nip);
        placed(nip, "SANGAT_BAIK", "100", "pos-cb");
        await().atMost(Duration.ofSeconds(30)).until(() -> box(nip) != null);
        String plan = critical("pos-cb");

        // three attempts of 300 ms (the test's timeout) with backoff: slower than the timeout, far below a hang
        long started = System.nanoTime();
        as(agency.hrAdmin).get("/api/v1/succession-plans/" + plan).then().statusCode(200)
                .body("jobFitSource", equalTo("EVENTS")).body("candidates[0].nip", equalTo(nip));
        long firstMillis = (System.nanoTime() - started) / 1_000_000;
        assertThat(firstMillis).isBetween(900L, 10_000L);

        as(agency.hrAdmin).get("/api/v1/succession-plans/" + plan).then().statusCode(200)
                .body("jobFitSource", equalTo("EVENTS"));
        assertThat(circuits.currentState(JobFitLookup.CIRCUIT)).isEqualTo(CircuitBreakerState.OPEN);

        // an open circuit answers from the fallback without waiting for competency-service
        started = System.nanoTime();
        as(agency.hrAdmin).get("/api/v1/succession-plans/" + plan).then().statusCode(200)
                .body("jobFitSource", equalTo("EVENTS"));
        assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(firstMillis);
        circuits.resetAll();
    }

    @Test
    void criticalPositionsAreDeclaredOnceAndOnlyByHrAdmin() {
        critical("pos-once");
        as(agency.hrAdmin).body(Map.of("positionId", "pos-once", "title", "x")).post("/api/v1/succession-plans")
                .then().statusCode(409);
        as(agency.hrAdmin).get("/api/v1/succession-plans").then().body("totalItems", equalTo(1));
        as(agency.token("employee")).get("/api/v1/succession-plans").then().statusCode(403);
        as(new Agency("succession-other").hrAdmin).get("/api/v1/succession-plans/" + critical("pos-two"))
                .then().statusCode(404);
    }
}
