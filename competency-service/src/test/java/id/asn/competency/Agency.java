package id.asn.competency;

import static io.restassured.RestAssured.given;

import id.asn.platform.kit.caller.Roles;
import id.asn.platform.testinfra.TestTokens;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One agency (tenant) of a test, with its own name so that test classes sharing the application and database
 * never see each other's data; sets up units, positions, standards, employees and assessments through the API.
 */
public final class Agency {

    public final String tenant;
    private int nextNip = 1;

    public Agency(String name) {
        this.tenant = name + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public String token(String... roles) {
        return TestTokens.user(tenant).roles(roles).sign();
    }

    public String tokenFor(String nip, String... roles) {
        return TestTokens.user(tenant).roles(roles).nip(nip).sign();
    }

    public RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    public RequestSpecification hrAdmin() {
        return as(token(Roles.HR_ADMIN));
    }

    /** A fresh valid PNS NIP: born 1985 + n days, TMT CPNS 2010-03, male, sequence n. */
    public String newNip() {
        int n = nextNip++;
        LocalDate birth = LocalDate.of(1985, 1, 1).plusDays(n);
        return String.format("%04d%02d%02d2010031%03d", birth.getYear(), birth.getMonthValue(),
                birth.getDayOfMonth(), n % 999 + 1);
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
