package id.asn.career;

import static id.asn.platform.testinfra.TestAgency.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.asn.career.support.Agency;
import id.asn.platform.events.EventTypes;
import id.asn.platform.events.competency.CompetencyGapChangedV1;
import id.asn.platform.testinfra.StatementCount;
import id.asn.platform.testinfra.TestNips;
import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Issue 12: a list or report runs the same statements for 3N rows as for N, never one per row. The test counts
 * each request's statements ({@link StatementCount}), adds twice as many employees and counts again.
 */
@QuarkusTest
class NoQueryPerRowApiTest {

    private static final int YEAR = LocalDate.now().getYear();
    private static final String POSITION = "pos-nplus1";

    private final Agency agency = new Agency("nplus1");

    @Test
    void nineBoxSuccessionSelectionsAndMeritFiguresReadTheSameStatementsForThreeTimesTheEmployees() {
        String plan = as(agency.hrAdmin).body(Map.of("positionId", POSITION, "title", "Kepala Bidang"))
                .post("/api/v1/succession-plans").then().statusCode(201).extract().path("id");
        String selection = as(agency.hrAdmin).body(selection()).post("/api/v1/open-selections").then()
                .statusCode(201).extract().path("id");
        placed(selection, 4);
        Map<String, Integer> few = reads(plan, selection);
        placed(selection, 8);
        Map<String, Integer> many = reads(plan, selection);

        report("lists and reports", few, many);

        assertThat(many).isEqualTo(few);
    }

    private Map<String, Integer> reads(String plan, String selection) {
        Map<String, Integer> counts = new TreeMap<>();
        counts.put("placements", statements("/api/v1/talent-reviews/" + YEAR + "/placements?size=200"));
        counts.put("grid", statements("/api/v1/talent-reviews/" + YEAR + "/grid"));
        counts.put("succession plans", statements("/api/v1/succession-plans?size=200"));
        counts.put("succession pool", statements("/api/v1/succession-plans/" + plan));
        counts.put("open selections", statements("/api/v1/open-selections?size=200"));
        counts.put("shortlist", statements("/api/v1/open-selections/" + selection + "/shortlist"));
        counts.put("merit figures", statements("/api/v1/merit-figures?year=" + YEAR));
        return counts;
    }

    // the figures issue 12 asks for, in the test's output
    private static void report(String what, Object few, Object many) {
        System.out.printf("statements of %s: %s with N rows, %s with 3N%n", what, few, many);
    }

    private int statements(String path) {
        return StatementCount.of(as(agency.hrAdmin), request -> request.get(path).then().statusCode(200));
    }

    // employees with a job fit and an appraisal (so a 9-box placement), each nominated to the selection
    private void placed(String selection, int count) {
        List<String> nips = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            nips.add(TestNips.pns());
        }
        agency.employees(null, nips.toArray(String[]::new));
        for (String nip : nips) {
            agency.publish(EventTypes.COMPETENCY_GAP_CHANGED, nip, new CompetencyGapChangedV1(nip, "u-1", POSITION,
                    new BigDecimal("80"), List.of()));
            agency.appraisal(nip, YEAR, "BAIK");
            agency.appraisal(nip, YEAR - 1, "BAIK");
        }
        for (String nip : nips) {
            await().atMost(Duration.ofSeconds(30)).until(() -> as(agency.hrAdmin)
                    .get("/api/v1/careers/" + nip + "/talent-box?year=" + YEAR).statusCode() == 200);
            as(agency.hrAdmin).body(Map.of("nip", nip)).post("/api/v1/open-selections/" + selection + "/nominations")
                    .then().statusCode(201);
        }
    }

    private static Map<String, Object> selection() {
        Map<String, Object> body = new HashMap<>();
        body.put("positionId", POSITION);
        body.put("title", "Kepala Dinas");
        body.put("positionClass", "JPT_PRATAMA");
        body.put("minEducation", "S-1");
        body.put("maxAge", 56);
        body.put("opensOn", LocalDate.now().minusDays(5).toString());
        body.put("closesOn", LocalDate.now().toString());
        return body;
    }
}
