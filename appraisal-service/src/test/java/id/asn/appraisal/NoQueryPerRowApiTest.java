package id.asn.appraisal;

import static id.asn.platform.testinfra.TestAgency.as;
import static org.assertj.core.api.Assertions.assertThat;

import id.asn.appraisal.support.Agency;
import id.asn.platform.testinfra.StatementCount;
import id.asn.platform.testinfra.TestNips;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Issue 12: a list or report runs the same statements for 3N rows as for N, never one per row. The test counts
 * each request's statements ({@link StatementCount}), adds twice as many appraisees and counts again.
 */
@QuarkusTest
class NoQueryPerRowApiTest {

    private static final String UNIT = "u-nplus1";

    private final Agency agency = new Agency("nplus1");

    @Test
    void plansAppraisalsCalibrationAndReportsReadTheSameStatementsForThreeTimesTheAppraisees() {
        String rater = TestNips.pns();
        agency.employees(UNIT, null, rater);
        String period = agency.period(2026);
        agency.capaian(period, UNIT, "BAIK");
        appraisees(period, rater, 4);
        Map<String, Integer> few = reads(period);
        appraisees(period, rater, 8);
        Map<String, Integer> many = reads(period);

        report("lists and reports", few, many);

        assertThat(many).isEqualTo(few);
    }

    private Map<String, Integer> reads(String period) {
        String unit = "periodId=" + period + "&unitId=" + UNIT;
        Map<String, Integer> counts = new TreeMap<>();
        counts.put("plans", statements("/api/v1/performance-plans?size=200&periodId=" + period));
        counts.put("appraisals", statements("/api/v1/appraisals?size=200&periodId=" + period));
        counts.put("distribution", statements("/api/v1/appraisals/distribution?" + unit));
        counts.put("unit results", statements("/api/v1/appraisals/unit-results?" + unit));
        counts.put("calibration", statements("/api/v1/calibrations?" + unit));
        counts.put("calibration changes", statements("/api/v1/calibrations/adjustments?" + unit));
        counts.put("rater bias", statements("/api/v1/rater-bias?size=200&periodId=" + period));
        counts.put("organisation result", statements("/api/v1/organisation-results?" + unit));
        return counts;
    }

    // the figures issue 12 asks for, in the test's output
    private static void report(String what, Object few, Object many) {
        System.out.printf("statements of %s: %s with N rows, %s with 3N%n", what, few, many);
    }

    private int statements(String path) {
        return StatementCount.of(as(agency.hrAdmin), request -> request.get(path).then().statusCode(200));
    }

    private void appraisees(String period, String rater, int count) {
        String[] nips = new String[count];
        for (int i = 0; i < count; i++) {
            nips[i] = TestNips.pns();
        }
        agency.employees(UNIT, rater, nips);
        for (String nip : nips) {
            agency.ratedAppraisal(period, nip, rater, "SESUAI_EKSPEKTASI", "SESUAI_EKSPEKTASI");
        }
    }
}
