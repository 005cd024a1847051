package id.asn.training;

import static id.asn.platform.testinfra.TestAgency.as;
import static org.assertj.core.api.Assertions.assertThat;

import id.asn.platform.testinfra.StatementCount;
import id.asn.platform.testinfra.TestNips;
import id.asn.training.support.Agency;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 12: a list or report runs the same statements for 3N rows as for N, never one per row. Each test
 * counts one request's statements ({@link StatementCount}), adds twice as many rows and counts again.
 */
@QuarkusTest
class NoQueryPerRowApiTest {

    private static final LocalDate DAY = LocalDate.of(2031, 3, 3);

    @Test
    void programmesAndSessionsReadTheSameStatementsForThreeTimesTheRows() {
        Agency agency = new Agency("nplus1-sessions");
        rows(agency, 8);
        Map<String, Integer> few = Map.of("programmes", statements(agency, "/api/v1/programs?size=200"),
                "sessions", statements(agency, "/api/v1/sessions?size=200"),
                "institutions", statements(agency, "/api/v1/institutions?size=200"));
        rows(agency, 16);
        Map<String, Integer> many = Map.of("programmes", statements(agency, "/api/v1/programs?size=200"),
                "sessions", statements(agency, "/api/v1/sessions?size=200"),
                "institutions", statements(agency, "/api/v1/institutions?size=200"));

        report("lists and reports", few, many);

        assertThat(many).isEqualTo(few);
        assertThat(many.get("sessions")).isLessThanOrEqualTo(5);
    }

    @Test
    void enrolmentsLedgerAndNeedsReadTheSameStatementsForThreeTimesTheEmployees() {
        Agency agency = new Agency("nplus1-enrolments");
        String program = agency.program(agency.institution(), Map.of());
        String session = agency.session(program, 500, "NOMINATION", DAY).extract().path("id");
        enrol(agency, session, 6);
        Map<String, Integer> few = reads(agency, session);
        enrol(agency, session, 12);
        Map<String, Integer> many = reads(agency, session);

        report("lists and reports", few, many);

        assertThat(many).isEqualTo(few);
    }

    @Test
    void aBulkNominationRunsTheSameStatementsForThreeTimesTheRows() {
        Agency agency = new Agency("nplus1-nominations");
        String program = agency.program(agency.institution(), Map.of());
        int few = nominate(agency, agency.session(program, 500, "NOMINATION", DAY).extract().path("id"), 6);
        int many = nominate(agency, agency.session(program, 500, "NOMINATION", DAY).extract().path("id"), 18);

        report("bulk nomination", few, many);
        assertThat(many).isEqualTo(few);
    }

    @Test
    void aPlanReadsTheSameStatementsForThreeTimesTheItems() {
        Agency agency = new Agency("nplus1-plan");
        String institution = agency.institution();
        String plan = as(agency.hrAdmin).body(Map.of("year", 2031, "title", "Rencana 2031", "budget", 1_000_000_000))
                .post("/api/v1/training-plans").then().statusCode(201).extract().path("id");
        items(agency, institution, plan, 8);
        int fewPlan = statements(agency, "/api/v1/training-plans/" + plan);
        int fewList = statements(agency, "/api/v1/training-plans?size=200");
        items(agency, institution, plan, 16);
        int manyPlan = statements(agency, "/api/v1/training-plans/" + plan);
        int manyList = statements(agency, "/api/v1/training-plans?size=200");

        report("plan", fewPlan, manyPlan);
        report("plans", fewList, manyList);
        assertThat(manyPlan).isEqualTo(fewPlan);
        assertThat(manyList).isEqualTo(fewList);
    }

    private static Map<String, Integer> reads(Agency agency, String session) {
        return Map.of("enrolments", statements(agency, "/api/v1/enrollments?size=200&sessionId=" + session),
                "session", statements(agency, "/api/v1/sessions/" + session),
                "below minimum", statements(agency, "/api/v1/jp-ledger/below-minimum?year=2031&size=200"),
                "needs", statements(agency, "/api/v1/training-needs?size=200"),
                "needs summary", statements(agency, "/api/v1/training-needs/summary?size=200"));
    }

    // the figures issue 12 asks for, in the test's output
    private static void report(String what, Object few, Object many) {
        System.out.printf("statements of %s: %s with N rows, %s with 3N%n", what, few, many);
    }

    private static int statements(Agency agency, String path) {
        return StatementCount.of(as(agency.hrAdmin), request -> request.get(path).then().statusCode(200));
    }

    // each row a programme of its own institution with a session of two meetings
    private static void rows(Agency agency, int count) {
        for (int i = 0; i < count; i++) {
            String program = agency.program(agency.institution(), Map.of());
            agency.session(program, 10, "NOMINATION", DAY, DAY.plusDays(1));
        }
    }

    private static void enrol(Agency agency, String session, int count) {
        List<String> nips = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            nips.add(TestNips.pns());
        }
        agency.employees("U-NP", null, nips.toArray(String[]::new));
        nips.forEach(nip -> agency.nominate(session, nip));
    }

    // half of the rows known employees, half unknown, so both the seats and the rejections grow with N
    private static int nominate(Agency agency, String session, int count) {
        List<String> known = new ArrayList<>();
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String nip = TestNips.pns();
            rows.add(nip);
            if (i % 2 == 0) {
                known.add(nip);
            }
        }
        agency.employees("U-NPN", null, known.toArray(String[]::new));
        return StatementCount.of(as(agency.hrAdmin).body(Map.of("nips", rows)), request -> request
                .post("/api/v1/sessions/" + session + "/nominations").then().statusCode(200));
    }

    private static void items(Agency agency, String institution, String plan, int count) {
        for (int i = 0; i < count; i++) {
            as(agency.hrAdmin).body(Map.of("programId", agency.program(institution, Map.of()), "plannedParticipants", 1))
                    .post("/api/v1/training-plans/" + plan + "/items").then().statusCode(200);
        }
    }
}
