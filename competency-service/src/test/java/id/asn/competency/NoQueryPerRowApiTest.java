package id.asn.competency;

import static org.assertj.core.api.Assertions.assertThat;

import id.asn.platform.testinfra.StatementCount;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 12: a list or report runs the same statements for 3N rows as for N, never one per row. Each test
 * counts one request's statements ({@link StatementCount}), adds twice as many rows and counts again.
 */
@QuarkusTest
class NoQueryPerRowApiTest {

    private static final LocalDate FROM = LocalDate.of(2024, 1, 1);

    @Test
    void theCatalogueListReadsTheSameStatementsForThreeTimesTheCompetencies() {
        Agency agency = new Agency("nplus1-catalogue");
        technical(agency, 0, 30);
        int few = statements(agency, "/api/v1/competencies?size=200");
        technical(agency, 30, 90);
        int many = statements(agency, "/api/v1/competencies?size=200");

        report("catalogue", few, many);
        assertThat(many).isEqualTo(few).isLessThanOrEqualTo(2);
    }

    @Test
    void theVersionsOfACompetencyReadTheSameStatementsForThreeTimesTheVersions() {
        Agency agency = new Agency("nplus1-versions");
        technical(agency, 0, 1);
        versions(agency, 1, 4);
        int few = statements(agency, "/api/v1/competencies/T.NP.0/versions");
        versions(agency, 4, 10);
        int many = statements(agency, "/api/v1/competencies/T.NP.0/versions");

        report("versions", few, many);
        assertThat(many).isEqualTo(few).isLessThanOrEqualTo(2);
    }

    @Test
    void thePositionStandardsAndPositionsReadTheSameStatementsForThreeTimesTheRows() {
        Agency agency = new Agency("nplus1-standards");
        String unit = agency.unit("NP", null);
        String position = agency.position("NP-0", "ADMINISTRATOR", unit);
        for (int i = 1; i < 24; i++) {
            agency.position("NP-" + i, "ADMINISTRATOR", unit);
        }
        standards(agency, position, 0, 8);
        int fewStandards = statements(agency, "/api/v1/positions/" + position + "/standards");
        int fewPositions = statements(agency, "/api/v1/positions?size=8");
        standards(agency, position, 8, 24);
        int manyStandards = statements(agency, "/api/v1/positions/" + position + "/standards");
        int manyPositions = statements(agency, "/api/v1/positions?size=24");

        report("position standards", fewStandards, manyStandards);
        report("positions", fewPositions, manyPositions);
        assertThat(manyStandards).isEqualTo(fewStandards).isLessThanOrEqualTo(3);
        assertThat(manyPositions).isEqualTo(fewPositions).isLessThanOrEqualTo(2);
    }

    @Test
    void theProfileAndAssessmentsReadTheSameStatementsForThreeTimesTheAssessments() {
        Agency agency = new Agency("nplus1-profile");
        String unit = agency.unit("NP", null);
        String position = agency.position("NP-1", "ADMINISTRATOR", unit);
        agency.standard(position, FROM, Agency.national(3));
        String nip = agency.newNip();
        agency.employee(nip, "Rina Pertiwi", "NP", "NP-1", null);
        assessments(agency, nip, 0, 20);
        int fewProfile = statements(agency, "/api/v1/employees/" + nip + "/profile");
        int fewList = statements(agency, "/api/v1/assessments?size=60&nip=" + nip);
        assessments(agency, nip, 20, 60);
        int manyProfile = statements(agency, "/api/v1/employees/" + nip + "/profile");
        int manyList = statements(agency, "/api/v1/assessments?size=60&nip=" + nip);

        report("profile", fewProfile, manyProfile);
        report("assessments", fewList, manyList);
        assertThat(manyProfile).isEqualTo(fewProfile);
        assertThat(manyList).isEqualTo(fewList);
    }

    @Test
    void theGapReportsEmployeesAndJobFitReadTheSameStatementsForThreeTimesTheEmployees() {
        Agency agency = new Agency("nplus1-gap");
        String root = agency.unit("NP", null);
        agency.unit("NP.A", root);
        String position = agency.position("NP-1", "ADMINISTRATOR", root);
        agency.standard(position, FROM, Agency.national(3));
        employees(agency, 0, 20);
        Map<String, Integer> few = reads(agency, root, position);
        employees(agency, 20, 60);
        Map<String, Integer> many = reads(agency, root, position);

        report("gap reports, employees, units, job fit", few, many);
        assertThat(many).isEqualTo(few);
    }

    private static Map<String, Integer> reads(Agency agency, String unit, String position) {
        return Map.of("agency gap report", statements(agency, "/api/v1/gap-reports?size=50"),
                "unit gap report", statements(agency, "/api/v1/gap-reports?size=50&unitId=" + unit),
                "employees", statements(agency, "/api/v1/employees?size=100"),
                "units", statements(agency, "/api/v1/units?size=100"),
                "job fit", statements(agency, "/api/v1/positions/" + position + "/job-fit?size=100"));
    }

    // the figures issue 12 asks for, in the test's output
    private static void report(String what, Object few, Object many) {
        System.out.printf("statements of %s: %s with N rows, %s with 3N%n", what, few, many);
    }

    private static int statements(Agency agency, String path) {
        return StatementCount.of(agency.hrAdmin(), request -> request.get(path).then().statusCode(200));
    }

    private static void technical(Agency agency, int from, int to) {
        for (int i = from; i < to; i++) {
            agency.hrAdmin().body(Map.of("code", "T.NP." + i, "name", "Teknis " + i, "definition", "Uji.",
                            "effectiveFrom", FROM.toString(), "levels", List.of(level(1), level(2), level(3))))
                    .post("/api/v1/competencies").then().statusCode(201);
        }
    }

    private static void versions(Agency agency, int from, int to) {
        for (int i = from; i < to; i++) {
            agency.hrAdmin().body(Map.of("name", "Teknis versi " + i, "definition", "Uji.",
                            "effectiveFrom", FROM.plusDays(i).toString(), "levels", List.of(level(1), level(2))))
                    .post("/api/v1/competencies/T.NP.0/versions").then().statusCode(201);
        }
    }

    private static void standards(Agency agency, String position, int from, int to) {
        for (int i = from; i < to; i++) {
            agency.standard(position, FROM.plusDays(i), Agency.national(1 + i % 5));
        }
    }

    private static void assessments(Agency agency, String nip, int from, int to) {
        for (int i = from; i < to; i++) {
            agency.assess(nip, "ASSESSMENT_CENTRE", FROM.plusDays(i), Map.of("M1", "3", "M2", "2.5"), null);
        }
    }

    private static void employees(Agency agency, int from, int to) {
        for (int i = from; i < to; i++) {
            String nip = agency.newNip();
            agency.employee(nip, "Pegawai " + i, i % 2 == 0 ? "NP" : "NP.A", "NP-1", null);
            agency.assess(nip, "ASSESSMENT_CENTRE", FROM, Map.of("M1", "3", "M2", "2"), null);
        }
    }

    private static Map<String, Object> level(int level) {
        return Map.of("level", level, "description", "Level " + level, "indicators", List.of("Satu", "Dua"));
    }
}
