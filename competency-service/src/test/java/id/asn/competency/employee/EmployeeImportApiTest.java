package id.asn.competency.employee;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import com.fasterxml.jackson.databind.JsonNode;
import id.asn.competency.Agency;
import id.asn.platform.events.EventTypes;
import id.asn.platform.events.Topics;
import id.asn.platform.kit.caller.Roles;
import id.asn.platform.testinfra.EventSchemaAssert;
import id.asn.platform.testinfra.TopicReader;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The bulk import of issue 3: mixed rows, per-row results, nothing partial, idempotent upsert, events. */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EmployeeImportApiTest {

    private final Agency agency = new Agency("import");

    @BeforeEach
    void organisation() {
        agency.once(() -> {
            String unit = agency.unit("BKPSDM", null);
            agency.position("ADM-01", "ADMINISTRATOR", unit);
        });
    }

    private JsonPath importCsv(String csv, String role) {
        return given().auth().oauth2(agency.token(role)).contentType("text/csv").body(csv)
                .post("/api/v1/employees/import").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void mixedCsvGivesOneResultPerRowAndWritesOnlyTheGoodRows() {
        String csv = """
                nipBaru,nipLama,nama,jenisPegawai,unorKode,jabatanKode,nipAtasan,golRuang,pendidikan,tmtCpns,aktif
                19860926 201505 1 001,010203040,Budi Santoso,PNS,BKPSDM,ADM-01,,III/c,S1 Akuntansi,01-05-2015,Y
                200012312024211001,,Siti Rahma,PPPK,BKPSDM,,198609262015051001,IX,D3,,Y
                19860926201505100A,,Huruf Dalam NIP,PNS,BKPSDM,,,III/a,,,Y
                1986092620150510,,Enam Belas Digit,PNS,BKPSDM,,,III/a,,,Y
                198602302015051001,,Tanggal Mustahil,PNS,BKPSDM,,,III/a,,,Y
                198609262015131001,,Bulan Tiga Belas,PNS,BKPSDM,,,III/a,,,Y
                198609262015053001,,Jenis Kelamin Tiga,PNS,BKPSDM,,,III/a,,,Y
                198609262015051000,,Urut Nol,PNS,BKPSDM,,,III/a,,,Y
                19860926 201505 1 001,,Budi Duplikat,PNS,BKPSDM,,,III/c,,,Y
                197001012000031002,,Unit Tak Dikenal,PNS,TIDAK-ADA,,,IV/a,,,Y
                197001012000031003,,PPPK Bernomor PNS,PPPK,BKPSDM,,,IX,,,Y
                197001012000031004,,Golongan Salah,PNS,BKPSDM,,,IX,,,Y
                """;

        JsonPath result = importCsv(csv, Roles.INTEGRATION);

        assertThat(result.getInt("total")).isEqualTo(12);
        assertThat(result.getInt("created")).isEqualTo(2);
        assertThat(result.getInt("rejected")).isEqualTo(10);
        assertThat(result.getList("rows.status", String.class)).containsExactly("CREATED", "CREATED", "REJECTED",
                "REJECTED", "REJECTED", "REJECTED", "REJECTED", "REJECTED", "REJECTED", "REJECTED", "REJECTED",
                "REJECTED");
        assertThat(errorFields(result, 3)).containsExactly("nip");
        assertThat(errorFields(result, 9)).containsExactly("nip");
        assertThat(result.getString("rows[8].errors[0].message")).contains("baris 1");
        assertThat(errorFields(result, 10)).containsExactly("unitCode");
        assertThat(errorFields(result, 11)).containsExactly("employeeType");
        assertThat(errorFields(result, 12)).containsExactly("rank");

        agency.hrAdmin().get("/api/v1/employees/198609262015051001").then().statusCode(200)
                .body("name", equalTo("Budi Santoso")).body("gender", equalTo("MALE"))
                .body("birthDate", equalTo("1986-09-26")).body("tmt", equalTo("2015-05-01"))
                .body("idLabel", equalTo("NIP"));
        agency.hrAdmin().get("/api/v1/employees/200012312024211001").then().statusCode(200)
                .body("employeeType", equalTo("PPPK")).body("idLabel", equalTo("NI PPPK"))
                .body("supervisorNip", equalTo("198609262015051001"));
        for (String rejected : List.of("198602302015051001", "197001012000031002", "197001012000031003",
                "197001012000031004")) {
            agency.hrAdmin().get("/api/v1/employees/" + rejected).then().statusCode(404);
        }
    }

    @Test
    void rejectedRowsNameTheNipRuleInTheCallersLanguage() {
        JsonPath result = given().auth().oauth2(agency.token(Roles.HR_ADMIN)).contentType("text/csv")
                .header("Accept-Language", "en").body("""
                        nipBaru,nama,jenisPegawai,unorKode
                        198609262015053009,Gender Three,PNS,BKPSDM
                        """).post("/api/v1/employees/import").then().statusCode(200).extract().jsonPath();
        assertThat(result.getString("rows[0].errors[0].message")).isEqualTo("digit 15 (gender) must be 1 or 2");
    }

    @Test
    void importingTheSameRowsAgainChangesNothingAndAChangeIsReportedField() {
        String nip = agency.newNip();
        String csv = "nipBaru;nama;jenisPegawai;unorKode;golRuang\n" + nip + ";Dewi Lestari;PNS;BKPSDM;II/c\n";
        assertThat(importCsv(csv, Roles.HR_ADMIN).getString("rows[0].status")).isEqualTo("CREATED");
        assertThat(importCsv(csv, Roles.HR_ADMIN).getString("rows[0].status")).isEqualTo("UNCHANGED");

        assertThat(importCsv(csv, Roles.HR_ADMIN).getList("rows[0].warnings")).isEmpty();

        JsonPath changed = importCsv("nipBaru;nama;jenisPegawai;unorKode;golRuang\n" + nip + ";Dewi Lestari;PNS;BKPSDM;II/d\n",
                Roles.HR_ADMIN);
        assertThat(changed.getString("rows[0].status")).isEqualTo("UPDATED");
        assertThat(changed.getList("rows[0].changedFields", String.class)).containsExactly("rank");

        List<ConsumerRecord<String, String>> registered;
        List<ConsumerRecord<String, String>> updates;
        try (TopicReader employees = TopicReader.of(Topics.EMPLOYEE)) {
            registered = employees.awaitEvents(agency.tenant, EventTypes.EMPLOYEE_REGISTERED.name(),
                    e -> nip.equals(e.path("subject").asText()), 1);
            updates = employees.awaitEvents(agency.tenant, EventTypes.EMPLOYEE_CHANGED.name(),
                    e -> nip.equals(e.path("subject").asText()), 1);
        }
        assertThat(registered).hasSize(1);
        assertThat(updates).hasSize(1);
        assertThat(registered.get(0).key()).isEqualTo(nip);
        EventSchemaAssert.assertConforms(registered.get(0).value());
        EventSchemaAssert.assertConforms(updates.get(0).value());
        JsonNode data = TopicReader.json(updates.get(0).value()).path("data");
        assertThat(data.path("employee").path("rank").asText()).isEqualTo("II/d");
        assertThat(data.path("changedFields").get(0).asText()).isEqualTo("rank");
    }

    @Test
    void jsonImportUsesTheSameRulesAndAnIdempotencyKeyReplaysTheFirstAnswer() {
        String nip = agency.newNip();
        Map<String, Object> body = Map.of("rows", List.of(
                Map.of("nip", nip, "name", "Rina", "employeeType", "CPNS", "unitCode", "BKPSDM"),
                Map.of("nip", "12345", "name", "Pendek", "employeeType", "PNS")));
        JsonPath first = agency.as(agency.token(Roles.INTEGRATION)).header("Idempotency-Key", "batch-" + nip)
                .body(body).post("/api/v1/employees/import").then().statusCode(200).extract().jsonPath();
        assertThat(first.getList("rows.status", String.class)).containsExactly("CREATED", "REJECTED");
        assertThat(first.getString("rows[1].errors[0].field")).isEqualTo("nip");

        agency.as(agency.token(Roles.INTEGRATION)).header("Idempotency-Key", "batch-" + nip).body(body)
                .post("/api/v1/employees/import").then().statusCode(200)
                .header("Idempotent-Replayed", "true").body("rows[0].status", equalTo("CREATED"));
        agency.as(agency.token(Roles.INTEGRATION)).body(body).post("/api/v1/employees/import").then()
                .statusCode(200).body("rows[0].status", equalTo("UNCHANGED"));
    }

    @Test
    void anUnusualAgeAtAppointmentIsAWarningNotARejection() {
        JsonPath result = importCsv("nipBaru,nama,jenisPegawai,unorKode\n197001012015051001,Dokter Spesialis,PNS,BKPSDM\n",
                Roles.HR_ADMIN);
        assertThat(result.getString("rows[0].status")).isEqualTo("CREATED");
        assertThat(result.getList("rows[0].warnings", String.class))
                .containsExactly("usia saat TMT di luar kebiasaan 18-35 tahun");
    }

    @Test
    void malformedRequestsAreRefusedAsAWholeWith400() {
        given().auth().oauth2(agency.token(Roles.HR_ADMIN)).contentType("text/csv").body("nama,jenisPegawai,unorKode\nX,PNS,BKPSDM\n")
                .post("/api/v1/employees/import").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("header"));
        agency.hrAdmin().body(Map.of("rows", List.of())).post("/api/v1/employees/import").then().statusCode(400)
                .body("errors.field", hasItem("rows"));
        StringBuilder tooMany = new StringBuilder("nipBaru,nama,jenisPegawai,unorKode\n");
        for (int i = 0; i < 10_001; i++) {
            tooMany.append("198609262015051001,X,PNS,BKPSDM\n");
        }
        given().auth().oauth2(agency.token(Roles.HR_ADMIN)).contentType("text/csv").body(tooMany.toString())
                .post("/api/v1/employees/import").then().statusCode(400).body("errors.field", hasItem("rows"));
    }

    @Test
    void aCsvCellThatTheDatabaseCannotStoreNamesItsRowAndWritesNothing() {
        String nip = agency.newNip();
        given().auth().oauth2(agency.token(Roles.HR_ADMIN)).contentType("text/csv").header("Accept-Language", "en")
                .body("nipBaru,nama,jenisPegawai,unorKode\n" + agency.newNip() + ",Siti,PNS,BKPSDM\n" + nip
                        + ",Bu\u0000di,PNS,BKPSDM\n")
                .post("/api/v1/employees/import").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("rows[1]"))
                .body("errors[0].message", equalTo("contains the NUL character (\\u0000), which cannot be stored"));
        agency.hrAdmin().get("/api/v1/employees/" + nip).then().statusCode(404);
    }

    @Test
    void aCsvWithAnUnterminatedQuoteIsRefusedNamingTheBodyAndWritesNothing() {
        String goodNip = agency.newNip();
        for (String csv : List.of("nipBaru,\"nama,jenisPegawai,unorKode\n" + goodNip + ",X,PNS,BKPSDM\n",
                "nipBaru,nama,jenisPegawai,unorKode\n" + goodNip + ",Baik,PNS,BKPSDM\n"
                        + "198609262015051001,\"Kutip Terbuka,PNS,BKPSDM\n")) {
            given().auth().oauth2(agency.token(Roles.HR_ADMIN)).contentType("text/csv").body(csv)
                    .post("/api/v1/employees/import").then().statusCode(400)
                    .contentType("application/problem+json").body("errors.field", hasItem("body"));
        }
        agency.hrAdmin().get("/api/v1/employees/" + goodNip).then().statusCode(404);
    }

    @Test
    void singleUpsertRejectsAnInvalidNipWithAProblemNamingTheField() {
        agency.hrAdmin().body(Map.of("name", "X", "employeeType", "PNS"))
                .put("/api/v1/employees/198609262015051000").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("nip"));
    }

    private static List<String> errorFields(JsonPath result, int row) {
        return result.getList("rows[" + (row - 1) + "].errors.field", String.class);
    }
}
