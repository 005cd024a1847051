package id.asn.training.proposal;

import static id.asn.platform.testinfra.TestAgency.as;
import static id.asn.training.support.Agency.num;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import id.asn.platform.events.EventTypes;
import id.asn.platform.events.competency.CompetencyGapChangedV1;
import id.asn.platform.testinfra.TestNips;
import id.asn.training.support.Agency;
import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The plan proposal through the API (docs/domain.md §2.9): on a small agency whose optimum is known it beats the
 * greedy baseline, respects budget, time and the minimum, says who stays under it and why, and is adopted into the
 * draft plan, which is then approved as usual.
 */
@QuarkusTest
class ProposalApiTest {

    private final Agency agency = new Agency("proposal");

    @Test
    void theProposalClosesTheMostWeightedGapAndIsAdoptedIntoThePlan() {
        String a = TestNips.pns();
        String b = TestNips.pns();
        String c = TestNips.pns();
        agency.employees("u-plan", null, a, b, c);
        gaps(a, gap("M5", 3, "2"));
        gaps(b, gap("M5", 3, "2"));
        gaps(c, gap("T1", 4, "2.5"));
        String institution = agency.institution();
        // greedy takes c's 1.5 levels for 6,000,000 first (the best ratio) and cannot pay for anything else;
        // a and b on the 5,000,000 programme close 2 levels with the same 10,000,000
        String service = agency.program(institution, Map.of("title", "Pelayanan Publik", "jp", 20,
                "costPerParticipant", 5_000_000, "competencies", List.of(Map.of("competencyCode", "M5", "targetLevel", 3))));
        agency.program(institution, Map.of("title", "Teknis Lanjut", "jp", 20, "costPerParticipant", 6_000_000,
                "competencies", List.of(Map.of("competencyCode", "T1", "targetLevel", 4))));
        String plan = as(agency.hrAdmin).body(Map.of("year", 2033, "title", "Rencana 2033", "budget", 10_000_000))
                .post("/api/v1/training-plans").then().statusCode(201).extract().path("id");

        String proposal = as(agency.hrAdmin).body(Map.of("planId", plan, "timeLimitSeconds", 30))
                .post("/api/v1/plan-proposals").then().statusCode(201)
                .body("source", equalTo("SOLVER")).body("solverStatus", equalTo("OPTIMAL"))
                .body("proposal.weightedGapClosed", num("2")).body("greedy.weightedGapClosed", num("1.5"))
                .body("proposal.budgetUsed", num("10000000")).body("greedy.budgetUsed", num("6000000"))
                .body("proposal.choices.nip", containsInAnyOrder(a, b))
                .body("proposal.choices.why", equalTo(List.of("GAP", "GAP")))
                .body("proposal.choices[0].closes[0].competencyCode", equalTo("M5"))
                .body("proposal.choices[0].closes[0].sources", equalTo(List.of("GAP")))
                .body("proposal.underMinimum.nip", equalTo(List.of(c)))
                .body("proposal.underMinimum[0].reason", equalTo("BUDGET"))
                .body("proposal.underMinimum[0].shortfall", num("20"))
                .body("items.size()", equalTo(1)).body("items[0].programId", equalTo(service))
                .body("items[0].participants", equalTo(2)).body("items[0].competencyCode", equalTo("M5"))
                .extract().path("id");

        as(agency.hrAdmin).body(Map.of()).post("/api/v1/plan-proposals/" + proposal + "/adopt").then().statusCode(200)
                .body("items.size()", equalTo(1)).body("items[0].plannedParticipants", equalTo(2))
                .body("plannedCost", num("10000000"));
        as(agency.hrAdmin).body(Map.of()).post("/api/v1/plan-proposals/" + proposal + "/adopt").then().statusCode(409)
                .contentType("application/problem+json");
        as(agency.hrAdmin).post("/api/v1/training-plans/" + plan + "/approve").then().statusCode(200)
                .body("status", equalTo("APPROVED"));
        // an approved plan takes no more proposals
        as(agency.hrAdmin).body(Map.of("planId", plan)).post("/api/v1/plan-proposals").then().statusCode(422);
    }

    @Test
    void mandatoryFirstAndNobodyOverTheirTime() {
        String a = TestNips.pns();
        String b = TestNips.pns();
        agency.employees("u-mandatory", null, a, b);
        gaps(b, gap("M1", 3, "1"));
        String institution = agency.institution();
        String latsar = agency.program(institution, Map.of("title", "Latsar", "jp", 30, "costPerParticipant", 4_000_000,
                "competencies", List.of(Map.of("competencyCode", "M1", "targetLevel", 3))));
        String plan = as(agency.hrAdmin).body(Map.of("year", 2034, "title", "Rencana 2034", "budget", 4_000_000))
                .post("/api/v1/training-plans").then().statusCode(201).extract().path("id");

        // the only seat the budget pays goes to the mandatory assignment; b's time would not fit 30 JP anyway
        as(agency.hrAdmin).body(Map.of("planId", plan, "mandatory", List.of(Map.of("nip", a, "programId", latsar)),
                        "availability", List.of(Map.of("nip", b, "availableJp", 10))))
                .post("/api/v1/plan-proposals").then().statusCode(201)
                .body("proposal.choices.nip", equalTo(List.of(a)))
                .body("proposal.choices[0].why", equalTo("MANDATORY"))
                .body("proposal.mandatoryPlaced", equalTo(1))
                .body("proposal.underMinimum.find { it.nip == '" + b + "' }.reason", equalTo("NO_TIME"))
                .body("proposal.weightedGapClosed", num("0"));
    }

    @Test
    void badInputNamesTheFieldAndOtherAgenciesSeeNothing() {
        String plan = as(agency.hrAdmin).body(Map.of("year", 2035, "title", "Rencana 2035", "budget", 1_000_000))
                .post("/api/v1/training-plans").then().statusCode(201).extract().path("id");
        as(agency.hrAdmin).body(Map.of()).post("/api/v1/plan-proposals").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("planId"));
        as(agency.hrAdmin).body(Map.of("planId", plan, "mandatory", List.of(Map.of("nip", TestNips.pns(),
                        "programId", "0b8e3a5c-7d43-4f0e-9a7e-2c1d9b8f6a11"))))
                .post("/api/v1/plan-proposals").then().statusCode(400)
                .body("errors.field", containsInAnyOrder("mandatory[0].nip", "mandatory[0].programId"));
        as(agency.hrAdmin).body(Map.of("planId", plan, "timeLimitSeconds", 3000)).post("/api/v1/plan-proposals")
                .then().statusCode(400).body("errors.field", hasItem("timeLimitSeconds"));
        as(agency.hrAdmin).body(Map.of("planId", plan, "availableJp", -1)).post("/api/v1/plan-proposals")
                .then().statusCode(400).body("errors.field", hasItem("availableJp"));
        as(agency.employeeToken(TestNips.pns())).body(Map.of("planId", plan)).post("/api/v1/plan-proposals")
                .then().statusCode(403);
        as(new Agency("elsewhere").hrAdmin).body(Map.of("planId", plan)).post("/api/v1/plan-proposals")
                .then().statusCode(404);
        as(agency.hrAdmin).body(Map.of()).post("/api/v1/plan-proposals/0b8e3a5c-7d43-4f0e-9a7e-2c1d9b8f6a11/adopt")
                .then().statusCode(404);
    }

    private void gaps(String nip, CompetencyGapChangedV1.Gap gap) {
        agency.publish(EventTypes.COMPETENCY_GAP_CHANGED, nip, new CompetencyGapChangedV1(nip, "u-plan", "pos-1",
                new BigDecimal("80"), List.of(gap)));
        await().atMost(Duration.ofSeconds(30)).until(() -> as(agency.hrAdmin)
                .get("/api/v1/training-needs?status=OPEN&nip=" + nip).then().extract().<Integer>path("totalItems") == 1);
    }

    private static CompetencyGapChangedV1.Gap gap(String code, int required, String current) {
        return new CompetencyGapChangedV1.Gap(code, "Kompetensi " + code, "TEKNIS", required, new BigDecimal(current),
                BigDecimal.valueOf(required).subtract(new BigDecimal(current)), false);
    }
}
