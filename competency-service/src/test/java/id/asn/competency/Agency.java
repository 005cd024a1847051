package id.asn.competency;

import id.asn.platform.kit.caller.Roles;
import id.asn.platform.testinfra.TestAgency;
import io.restassured.specification.RequestSpecification;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * competency-service's setup of an agency through its API (units, positions, standards, employees, assessments), on
 * top of the shared {@link TestAgency}: the tenant, its tokens and fresh valid NIPs come from there.
 */
public final class Agency {

    /** The shared fixture, for tokens the shortcuts below do not cover ({@code shared.caller()}). */
    public final TestAgency shared;
    public final String tenant;
    private boolean prepared;

    public Agency(String name) {
        this.shared = new TestAgency(name);
        this.tenant = shared.tenant;
    }

    /**
     * Runs a test class's setup the first time only. Classes call it from {@code @BeforeEach} rather than
     * {@code @BeforeAll}: RestAssured knows the application's random port only from there on.
     */
    public void once(Runnable setup) {
        if (!prepared) {
            prepared = true;
            setup.run();
        }
    }

    public String token(String... roles) {
        return shared.token(roles);
    }

    public String tokenFor(String nip, String... roles) {
        return shared.tokenFor(nip, roles);
    }

    public RequestSpecification as(String token) {
        return TestAgency.as(token);
    }

    public RequestSpecification hrAdmin() {
        return as(token(Roles.HR_ADMIN));
    }

    public String newNip() {
        return shared.newNip();
    }

    public String unit(String code, String parentId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", code);
        body.put("name", "Unit " + code);
        body.put("parentId", parentId);
        return hrAdmin().body(body).post("/api/v1/units").then().statusCode(201).extract().path("id");
    }

    public String position(String code, String positionClass, String unitId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", code);
        body.put("title", "Jabatan " + code);
        body.put("positionClass", positionClass);
        body.put("unitId", unitId);
        return hrAdmin().body(body).post("/api/v1/positions").then().statusCode(201).extract().path("id");
    }

    /** A standard in force from {@code effectiveFrom}: code → required level. */
    public void standard(String positionId, LocalDate effectiveFrom, Map<String, Integer> levels) {
        List<Map<String, Object>> items = new ArrayList<>();
        levels.forEach((code, level) -> items.add(Map.of("competencyCode", code, "requiredLevel", level)));
        hrAdmin().body(Map.of("effectiveFrom", effectiveFrom.toString(), "items", items))
                .post("/api/v1/positions/" + positionId + "/standards").then().statusCode(201);
    }

    public void employee(String nip, String name, String unitCode, String positionCode, String supervisorNip) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("employeeType", "PNS");
        body.put("unitCode", unitCode);
        body.put("positionCode", positionCode);
        body.put("supervisorNip", supervisorNip);
        body.put("rank", "III/a");
        hrAdmin().body(body).put("/api/v1/employees/" + nip).then().statusCode(201);
    }

    /** Records an assessment as an assessor; scores as code → decimal text. */
    public String assess(String nip, String method, LocalDate on, Map<String, String> scores, String supersedes) {
        List<Map<String, Object>> list = new ArrayList<>();
        scores.forEach((code, score) -> list.add(Map.of("competencyCode", code, "score", new BigDecimal(score))));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("nip", nip);
        body.put("method", method);
        body.put("assessor", "UPT Penilaian Kompetensi");
        body.put("assessedOn", on.toString());
        body.put("supersedes", supersedes);
        body.put("scores", list);
        return as(token(Roles.ASSESSOR)).body(body).post("/api/v1/assessments").then().statusCode(201)
                .extract().path("id");
    }

    /** The nine national competencies, all required at {@code level}. */
    public static Map<String, Integer> national(int level) {
        Map<String, Integer> levels = new LinkedHashMap<>();
        for (String code : List.of("M1", "M2", "M3", "M4", "M5", "M6", "M7", "M8", "SK1")) {
            levels.put(code, level);
        }
        return levels;
    }
}
