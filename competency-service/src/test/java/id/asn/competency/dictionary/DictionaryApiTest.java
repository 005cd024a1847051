package id.asn.competency.dictionary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import id.asn.competency.Agency;
import id.asn.platform.kit.caller.Roles;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The national kamus shared by every agency, agency technical items, and versioning by effective date. */
@QuarkusTest
class DictionaryApiTest {

    private final Agency palembang = new Agency("palembang");
    private final Agency sawahlunto = new Agency("sawahlunto");

    @Test
    void everyAgencySeesTheNationalDictionaryWithFiveLevelsAndIndicators() {
        for (Agency agency : List.of(palembang, sawahlunto)) {
            JsonPath list = agency.as(agency.token(Roles.EMPLOYEE)).get("/api/v1/competencies?size=50").then()
                    .statusCode(200).extract().jsonPath();
            assertThat(list.getList("items.code", String.class)).startsWith("M1", "M2", "M3", "M4", "M5", "M6",
                    "M7", "M8", "SK1");
        }
        JsonPath integritas = palembang.as(palembang.token(Roles.EMPLOYEE)).get("/api/v1/competencies/M1")
                .then().statusCode(200).body("name", equalTo("Integritas")).body("kind", equalTo("MANAJERIAL"))
                .body("national", equalTo(true)).extract().jsonPath();
        assertThat(integritas.getList("levels.level", Integer.class)).containsExactly(1, 2, 3, 4, 5);
        assertThat(integritas.getList("levels[1].indicators")).hasSize(4);
        palembang.as(palembang.token(Roles.EMPLOYEE)).get("/api/v1/competencies/SK1").then().statusCode(200)
                .body("name", equalTo("Perekat Bangsa")).body("kind", equalTo("SOSIAL_KULTURAL"))
                .body("levels[4].indicators.size()", equalTo(3));
        palembang.as(palembang.token(Roles.EMPLOYEE)).get("/api/v1/competencies/M7").then()
                .body("name", equalTo("Mengelola Perubahan"));
    }

    @Test
    void anAgencyTechnicalCompetencyIsVisibleOnlyToItsAgencyAndVersioned() {
        palembang.hrAdmin().body(technical("T.PAR.1", "2024-01-01", "Advokasi Kebijakan Pariwisata"))
                .post("/api/v1/competencies").then().statusCode(201).body("kind", equalTo("TEKNIS"))
                .body("national", equalTo(false));
        palembang.hrAdmin().body(Map.of("name", "Advokasi Kebijakan Kebudayaan dan Pariwisata",
                        "definition", "Versi 2026.", "effectiveFrom", "2026-01-01",
                        "levels", List.of(level(1), level(2))))
                .post("/api/v1/competencies/T.PAR.1/versions").then().statusCode(201);

        palembang.hrAdmin().get("/api/v1/competencies/T.PAR.1").then().statusCode(200)
                .body("name", equalTo("Advokasi Kebijakan Kebudayaan dan Pariwisata"));
        palembang.hrAdmin().get("/api/v1/competencies/T.PAR.1?on=2025-06-30").then().statusCode(200)
                .body("name", equalTo("Advokasi Kebijakan Pariwisata"));
        palembang.hrAdmin().get("/api/v1/competencies/T.PAR.1/versions").then().statusCode(200)
                .body("effectiveFrom", equalTo(List.of("2026-01-01", "2024-01-01")));
        palembang.hrAdmin().get("/api/v1/competencies?kind=TEKNIS").then().statusCode(200)
                .body("items.code", hasItem("T.PAR.1"))
                .body("items.findAll { it.code == 'T.PAR.1' }.name",
                        equalTo(List.of("Advokasi Kebijakan Kebudayaan dan Pariwisata")))
                .body("items.find { it.code == 'T.PAR.1' }.levels.level", equalTo(List.of(1, 2)));
        palembang.hrAdmin().get("/api/v1/competencies?kind=TEKNIS&on=2025-06-30").then().statusCode(200)
                .body("items.findAll { it.code == 'T.PAR.1' }.name", equalTo(List.of("Advokasi Kebijakan Pariwisata")));
        palembang.hrAdmin().get("/api/v1/competencies?kind=TEKNIS&on=2023-12-31").then().statusCode(200)
                .body("items.code", not(hasItem("T.PAR.1")));

        sawahlunto.hrAdmin().get("/api/v1/competencies/T.PAR.1").then().statusCode(404);
        sawahlunto.hrAdmin().get("/api/v1/competencies/T.PAR.1/versions").then().statusCode(404);
        sawahlunto.hrAdmin().body(technical("T.PAR.1", "2024-01-01", "Kode yang sama, instansi lain"))
                .post("/api/v1/competencies").then().statusCode(201);
    }

    @Test
    void nationalItemsAreReadOnlyToAgencies() {
        palembang.hrAdmin().body(Map.of("name", "Integritas Baru", "definition", "x", "effectiveFrom", "2030-01-01",
                        "levels", List.of(level(1))))
                .post("/api/v1/competencies/M1/versions").then().statusCode(422)
                .contentType("application/problem+json");
        palembang.hrAdmin().body(technical("M1", "2030-01-01", "Menyaru nasional")).post("/api/v1/competencies")
                .then().statusCode(409);
    }

    @Test
    void invalidTechnicalCompetenciesAreRefusedNamingTheField() {
        palembang.hrAdmin().body(Map.of("code", "t lower", "name", "", "definition", "d",
                        "effectiveFrom", "2026-01-01", "levels", List.of(Map.of("level", 6, "description", "x",
                                "indicators", List.of("a")))))
                .post("/api/v1/competencies").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("code")).body("errors.field", hasItem("name"))
                .body("errors.field", hasItem("levels[0].level"));
        palembang.hrAdmin().body(Map.of("code", "T.DUP", "name", "Dup", "definition", "d",
                        "effectiveFrom", "2026-01-01", "levels", List.of(level(1), level(1))))
                .post("/api/v1/competencies").then().statusCode(400).body("errors.field", hasItem("levels[1].level"));
        palembang.hrAdmin().body(Map.of("name", "x", "definition", "d", "effectiveFrom", "2020-01-01",
                        "levels", List.of(level(1))))
                .post("/api/v1/competencies/T.PAR.X/versions").then().statusCode(404);
    }

    private static Map<String, Object> technical(String code, String from, String name) {
        return Map.of("code", code, "name", name, "definition", "Kompetensi teknis bidang pariwisata.",
                "effectiveFrom", from, "levels", List.of(level(1), level(2), level(3)));
    }

    private static Map<String, Object> level(int level) {
        return Map.of("level", level, "description", "Deskripsi level " + level,
                "indicators", List.of("Indikator satu", "Indikator dua", "Indikator tiga"));
    }
}
