package id.asn.training.effectiveness;

import static id.asn.platform.testinfra.TestAgency.as;
import static id.asn.training.support.Agency.num;
import static id.asn.training.support.Agency.row;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.asn.platform.events.EventTypes;
import id.asn.platform.events.competency.CompetencyGapChangedV1;
import id.asn.platform.testinfra.TestNips;
import id.asn.training.support.Agency;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

@QuarkusTest
class EffectivenessApiTest {

    private static final String UNIT = "u-effect";
    private final Agency agency = new Agency("effectiveness");

    /** The M5 gap of {@code nip} (required 4) as competency-service reports it; gap 0 is an empty list. */
    private void gap(String nip, String gap) {
        BigDecimal value = new BigDecimal(gap);
        List<CompetencyGapChangedV1.Gap> gaps = value.signum() == 0 ? List.of() : List.of(new CompetencyGapChangedV1.Gap(
                "M5", "Pelayanan Publik", "MANAJERIAL", 4, BigDecimal.valueOf(4).subtract(value), value, false));
        agency.publish(EventTypes.COMPETENCY_GAP_CHANGED, nip,
                new CompetencyGapChangedV1(nip, UNIT, "pos-1", new BigDecimal("75"), gaps));
    }

    private void awaitOpenGap(String nip, String gap) {
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            JsonPath needs = as(agency.hrAdmin).get("/api/v1/training-needs?nip=" + nip).then().extract().jsonPath();
            return needs.getInt("totalItems") == 1 && new BigDecimal(needs.getString("items[0].gap"))
                    .compareTo(new BigDecimal(gap)) == 0;
        });
    }

    private static Map<String, Object> scores(String enrollmentId, int value) {
        return Map.of("enrollmentId", enrollmentId, "relevance", value, "content", value, "facilitator", value,
                "organisation", value, "usefulness", value);
    }

    @Test
    void participantsGapsNarrowAgainstAComparableGroupAndTheBestPartnerComesFirst() throws IOException {
        String a1 = TestNips.pns();
        String a2 = TestNips.pns();
        String b1 = TestNips.pns();
        String c1 = TestNips.pns();
        String c2 = TestNips.pns();
        String c3 = TestNips.pns();
        agency.employees(UNIT, null, a1, a2, b1, c1, c2, c3);
        // the gaps known when the nominations are made: band 2 (1 < gap ≤ 2) for all but c3
        Map<String, String> before = Map.of(a1, "2", a2, "1.5", b1, "2", c1, "2", c2, "1.75", c3, "1");
        before.forEach(this::gap);
        before.forEach(this::awaitOpenGap);

        String institutionA = agency.institution();
        String institutionB = agency.institution();
        String programA = agency.program(institutionA, Map.of());
        String programB = agency.program(institutionB, Map.of());
        LocalDate day = LocalDate.now().minusDays(14);
        JsonPath sessionA = agency.session(programA, 10, "NOMINATION", day).extract().jsonPath();
        JsonPath sessionB = agency.session(programB, 10, "NOMINATION", day).extract().jsonPath();
        String enrolA1 = agency.nominate(sessionA.getString("id"), a1);
        String enrolA2 = agency.nominate(sessionA.getString("id"), a2);
        agency.nominate(sessionB.getString("id"), b1);
        String partnerA = agency.partnerToken(institutionA);
        String partnerB = agency.partnerToken(institutionB);
        as(partnerA).body(Map.of("rows", List.of(row("a-1", a1, "PRESENT"), row("a-2", a2, "PRESENT"))))
                .post("/api/v1/attendance/meetings/" + sessionA.getString("meetings[0].id")).then().statusCode(200);
        as(partnerB).body(Map.of("rows", List.of(row("b-1", b1, "PRESENT"))))
                .post("/api/v1/attendance/meetings/" + sessionB.getString("meetings[0].id")).then().statusCode(200);
        as(partnerA).body(Map.of("rows", List.of(Map.of("nip", a1, "preTest", 40, "postTest", 70),
                        Map.of("nip", a2, "preTest", 50, "postTest", 80))))
                .post("/api/v1/sessions/" + sessionA.getString("id") + "/results").then().statusCode(200);
        as(partnerA).post("/api/v1/sessions/" + sessionA.getString("id") + "/completion").then().statusCode(200);
        as(partnerB).post("/api/v1/sessions/" + sessionB.getString("id") + "/completion").then().statusCode(200);
        as(agency.employeeToken(a1)).body(scores(enrolA1, 5)).post("/api/v1/evaluations").then().statusCode(201);
        as(agency.employeeToken(a2)).body(scores(enrolA2, 4)).post("/api/v1/evaluations").then().statusCode(201);

        // reassessed afterwards: a1 closed the gap (2), a2 narrowed it (1), b1 did not (0); of those who did not
        // attend programme A, c1 narrowed by 0.5 and c2 stayed; c3 (band 1) is not comparable
        gap(a1, "0");
        gap(a2, "0.5");
        gap(b1, "2");
        gap(c1, "1.5");
        gap(c2, "1.75");
        gap(c3, "0");

        int year = day.getYear();
        // programme A: participants (2 + 1) / 2 = 1.5; each one's comparable group {b1, c1, c2} changed
        // (0 + 0.5 + 0) / 3; effect = mean(2 − 1/6, 1 − 1/6) = 1.33
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as(agency.hrAdmin)
                .get("/api/v1/effectiveness/programs?year=" + year).then().statusCode(200)
                .body("totalItems", equalTo(2))
                .body("items[0].programId", equalTo(programA))
                .body("items[0].gap.pairs", equalTo(2))
                .body("items[0].gap.participantChange", num("1.5"))
                .body("items[0].gap.matchedPairs", equalTo(2))
                .body("items[0].gap.comparisonChange", num("0.17"))
                .body("items[0].gap.effect", num("1.33"))
                // programme B: b1 did not narrow (0) while {a1, a2, c1, c2} did (2 + 1 + 0.5 + 0) / 4
                .body("items[1].programId", equalTo(programB))
                .body("items[1].gap.participantChange", num("0"))
                .body("items[1].gap.comparisonChange", num("0.88"))
                .body("items[1].gap.effect", num("-0.88")));

        as(agency.hrAdmin).get("/api/v1/effectiveness/programs?year=" + year).then()
                .body("items[0].participants", equalTo(2)).body("items[0].completed", equalTo(2))
                .body("items[0].reaction.responses", equalTo(2)).body("items[0].reaction.overall", num("4.5"))
                .body("items[0].learning.withBothTests", equalTo(2)).body("items[0].learning.averageGain", num("30"))
                .body("items[0].learning.averageNormalizedGain", num("0.55"))
                .body("items[0].application.status", equalTo("NOT_YET_MEASURED"))
                .body("items[0].application.appliedShare", nullValue())
                .body("items[1].reaction.responses", equalTo(0)).body("items[1].reaction.overall", nullValue())
                .body("items[1].learning.withBothTests", equalTo(0));
        as(agency.hrAdmin).get("/api/v1/effectiveness/programs?year=" + year + "&sort=reaction&size=1").then()
                .body("items[0].programId", equalTo(programA)).body("totalItems", equalTo(2))
                .body("totalPages", equalTo(2));

        as(agency.hrAdmin).get("/api/v1/effectiveness/institutions?year=" + year).then().statusCode(200)
                .body("items.institutionId", equalTo(List.of(institutionA, institutionB)))
                .body("items[0].programs", equalTo(1))
                .body("items[0].gap.effect", num("1.33")).body("items[1].gap.effect", num("-0.88"))
                .body("items[0].learning.averageNormalizedGain", num("0.55"));
        // a year without sessions: the programmes are there, nothing measured
        as(agency.hrAdmin).get("/api/v1/effectiveness/institutions?year=2001").then().statusCode(200)
                .body("items[0].participants", equalTo(0)).body("items[0].gap.pairs", equalTo(0))
                .body("items[0].gap.effect", nullValue());

        byte[] png = given().auth().oauth2(agency.hrAdmin).accept("image/png")
                .get("/api/v1/effectiveness/institutions/chart.png?year=" + year).then().statusCode(200)
                .contentType("image/png").extract().asByteArray();
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertEquals(EffectivenessChart.WIDTH, image.getWidth());
        assertEquals(EffectivenessChart.HEIGHT, image.getHeight());
    }

    @Test
    void theSupervisorsFollowUpsShowHowMuchOfAProgrammeIsAppliedAtWork() {
        Agency applied = new Agency("effectiveness-applied");
        String supervisor = TestNips.pns();
        String applies = TestNips.pns();
        String doesNot = TestNips.pns();
        applied.employees("u-applied", supervisor, applies, doesNot);
        LocalDate day = LocalDate.now().minusMonths(4);
        String institution = applied.institution();
        String partner = applied.partnerToken(institution);
        String program = applied.program(institution, Map.of());
        JsonPath session = applied.session(program, 10, "NOMINATION", day).extract().jsonPath();
        applied.nominate(session.getString("id"), applies);
        applied.nominate(session.getString("id"), doesNot);
        as(partner).body(Map.of("rows", List.of(row("f-1", applies, "PRESENT"), row("f-2", doesNot, "PRESENT"))))
                .post("/api/v1/attendance/meetings/" + session.getString("meetings[0].id")).then().statusCode(200);
        as(partner).post("/api/v1/sessions/" + session.getString("id") + "/completion").then().statusCode(200);
        String programs = "/api/v1/effectiveness/programs?year=" + day.getYear();
        as(applied.hrAdmin).get(programs).then().statusCode(200)
                .body("items[0].programId", equalTo(program))
                .body("items[0].application.status", equalTo("NOT_YET_MEASURED"))
                .body("items[0].application.rated", nullValue());

        // the programme aims at M5 level 3: seen at 3 is APPLIED, seen at 1 is NOT_APPLIED
        String own = applied.supervisorToken(supervisor);
        Map.of(applies, 3, doesNot, 1).forEach((nip, level) -> {
            String followUp = as(applied.hrAdmin).queryParam("nip", nip).get("/api/v1/follow-ups").then()
                    .statusCode(200).extract().path("items[0].id");
            as(own).body(Map.of("competencies", List.of(Map.of("competencyCode", "M5", "observedLevel", level,
                            "example", "Menata ulang alur antrean loket pelayanan."))))
                    .post("/api/v1/follow-ups/" + followUp + "/answer").then().statusCode(200);
        });

        as(applied.hrAdmin).get(programs).then().statusCode(200)
                .body("items[0].application.status", equalTo("MEASURED"))
                .body("items[0].application.rated", equalTo(2))
                .body("items[0].application.appliedShare", num("0.5"));
        as(applied.hrAdmin).get("/api/v1/effectiveness/institutions?year=" + day.getYear()).then().statusCode(200)
                .body("items[0].institutionId", equalTo(institution))
                .body("items[0].application.rated", equalTo(2))
                .body("items[0].application.appliedShare", num("0.5"));
    }

    @Test
    void onlyHrAdminOfTheAgencyReadsItAndBadParametersAreNamed() {
        String institution = agency.institution();
        agency.program(institution, Map.of());

        Agency other = new Agency("effectiveness-other");
        as(other.hrAdmin).get("/api/v1/effectiveness/institutions").then().statusCode(200)
                .body("totalItems", equalTo(0));
        String employee = TestNips.pns();
        as(agency.employeeToken(employee)).get("/api/v1/effectiveness/programs").then().statusCode(403);
        given().auth().oauth2(agency.supervisorToken(employee)).accept("image/png")
                .get("/api/v1/effectiveness/institutions/chart.png").then().statusCode(403);
        as(agency.hrAdmin).get("/api/v1/effectiveness/programs?sort=cheapest").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("sort"));
        as(agency.hrAdmin).get("/api/v1/effectiveness/institutions?year=1999").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("year"));
        given().auth().oauth2(agency.hrAdmin).accept("image/png, application/problem+json")
                .get("/api/v1/effectiveness/institutions/chart.png?year=3000").then().statusCode(400)
                .body("errors.field", hasItem("year"));
    }
}
