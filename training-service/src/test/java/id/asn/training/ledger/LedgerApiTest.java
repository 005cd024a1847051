package id.asn.training.ledger;

import static id.asn.platform.testinfra.TestAgency.as;
import static id.asn.training.support.Agency.num;
import static id.asn.training.support.Agency.row;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import id.asn.platform.testinfra.TestNips;
import id.asn.training.support.Agency;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class LedgerApiTest {

    private final Agency agency = new Agency("ledger");

    /** Runs a one-meeting session on {@code date} and completes it for {@code nip}. */
    private void train(String institution, String program, String nip, LocalDate date) {
        JsonPath session = agency.session(program, 5, "NOMINATION", date).extract().jsonPath();
        agency.nominate(session.getString("id"), nip);
        as(agency.partnerToken(institution)).body(Map.of("rows", List.of(row("r-" + nip, nip, "PRESENT"))))
                .post("/api/v1/attendance/meetings/" + session.getString("meetings[0].id")).then().statusCode(200);
        as(agency.hrAdmin).post("/api/v1/sessions/" + session.getString("id") + "/completion").then().statusCode(200)
                .body("[0].status", equalTo("COMPLETED"));
    }

    @Test
    void sumsJpOfSeveralTrainingsPerCalendarYear() {
        String nip = TestNips.pns();
        String supervisor = TestNips.pns();
        agency.employees("u-ledger", null, supervisor);
        agency.employees("u-ledger", supervisor, nip);
        String institution = agency.institution();
        String tenJp = agency.program(institution, Map.of());                     // 450 minutes = 10 JP
        String fixed = agency.program(institution, Map.of("jp", 8));              // fixed by the programme

        train(institution, tenJp, nip, LocalDate.of(2025, 12, 31));
        train(institution, fixed, nip, LocalDate.of(2026, 1, 1));
        train(institution, tenJp, nip, LocalDate.of(2026, 2, 10));
        as(agency.hrAdmin).body(Map.of("description", "Webinar LAN", "earnedOn", "2026-05-20", "minutes", 100))
                .post("/api/v1/jp-ledger/" + nip + "/entries").then().statusCode(201)
                .body("jp", num("2")).body("minutes", equalTo(100));             // 100 / 45 rounded down

        String own = agency.employeeToken(nip);
        as(own).get("/api/v1/jp-ledger/" + nip + "?year=2025").then().statusCode(200)
                .body("earnedJp", num("10")).body("minimumMet", equalTo(false)).body("shortfallJp", num("10"))
                .body("daysLeftInYear", equalTo(0));
        as(own).get("/api/v1/jp-ledger/" + nip + "?year=2026").then().statusCode(200)
                .body("earnedJp", num("20")).body("minimumMet", equalTo(true)).body("shortfallJp", num("0"))
                .body("entries.source", equalTo(List.of("TRAINING", "TRAINING", "EXTERNAL")));
        as(agency.supervisorToken(supervisor)).get("/api/v1/jp-ledger/" + nip + "?year=2026").then().statusCode(200);
    }

    @Test
    void listsWhoIsBelowTheMinimumWithTheShortfall() {
        String behind = TestNips.pns();
        String almost = TestNips.pns();
        String done = TestNips.pns();
        String elsewhere = TestNips.pns();
        agency.employees("u-report", null, behind, almost, done);
        agency.employees("u-other", null, elsewhere);
        as(agency.hrAdmin).body(Map.of("description", "Diklat", "earnedOn", "2024-06-01", "jp", 15))
                .post("/api/v1/jp-ledger/" + almost + "/entries").then().statusCode(201);
        as(agency.hrAdmin).body(Map.of("description", "Diklat", "earnedOn", "2024-06-01", "jp", 24))
                .post("/api/v1/jp-ledger/" + done + "/entries").then().statusCode(201);

        as(agency.hrAdmin).get("/api/v1/jp-ledger/below-minimum?year=2024&unitId=u-report").then().statusCode(200)
                .body("totalItems", equalTo(2))
                .body("items.nip", equalTo(List.of(behind, almost)))
                .body("items.shortfallJp", contains(num("20"), num("5")))
                .body("items.daysLeftInYear", equalTo(List.of(0, 0)));
        as(agency.hrAdmin).get("/api/v1/jp-ledger/below-minimum?year=2024&unitId=u-report&size=1&page=2").then()
                .body("items.nip", equalTo(List.of(almost))).body("totalPages", equalTo(2));
        as(agency.hrAdmin).get("/api/v1/jp-ledger/below-minimum?year=2024").then()
                .body("items.nip", hasItem(elsewhere)).body("items.nip", not(hasItem(done)));
        as(agency.employeeToken(behind)).get("/api/v1/jp-ledger/below-minimum").then().statusCode(403);
    }

    @Test
    void minutesOrJpButNotBoth() {
        String nip = TestNips.pns();
        agency.employees("u-x", null, nip);
        as(agency.hrAdmin).body(Map.of("description", "x", "earnedOn", "2026-01-02", "minutes", 90, "jp", 2))
                .post("/api/v1/jp-ledger/" + nip + "/entries").then().statusCode(400)
                .body("errors.field", hasItem("minutes"));
        as(agency.hrAdmin).body(Map.of("description", "x", "earnedOn", "2026-01-02"))
                .post("/api/v1/jp-ledger/" + nip + "/entries").then().statusCode(400);
    }

    @Test
    void aSpacedNipAsPrintedOnDecreesReachesTheLedger() {
        String nip = TestNips.pns();
        agency.employees("u-x", null, nip);

        as(agency.hrAdmin).body(Map.of("description", "Webinar", "earnedOn", "2026-01-02", "jp", 2))
                .post("/api/v1/jp-ledger/" + TestNips.printed(nip) + "/entries").then().statusCode(201);
        as(agency.hrAdmin).get("/api/v1/jp-ledger/" + TestNips.printed(nip) + "?year=2026").then().statusCode(200)
                .body("nip", equalTo(nip)).body("earnedJp", num("2"));
        as(agency.hrAdmin).get("/api/v1/jp-ledger/12345").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", equalTo(List.of("nip")));
    }
}
