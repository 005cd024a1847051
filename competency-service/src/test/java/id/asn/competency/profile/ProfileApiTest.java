package id.asn.competency.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.JsonNode;
import id.asn.competency.Agency;
import id.asn.platform.events.EventTypes;
import id.asn.platform.events.Topics;
import id.asn.platform.kit.caller.Roles;
import id.asn.platform.testinfra.EventSchemaAssert;
import id.asn.platform.testinfra.TestDatabase;
import id.asn.platform.testinfra.TopicReader;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** JPM and gaps for a worked example, assessment supersession, and the events they produce. */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProfileApiTest {

    private static final LocalDate MARCH = LocalDate.now().minusMonths(8);

    private final Agency agency = new Agency("profile");


    @BeforeEach
    void organisation() {
        agency.once(() -> {
            String unit = agency.unit("KEU", null);
            String position = agency.position("ADM-KEU", "ADMINISTRATOR", unit);
            agency.standard(position, LocalDate.of(2025, 1, 1), Agency.national(3));
        });
    }

    /**
     * Worked example: an administrator position requires level 3 on all nine national competencies (Σ 27).
     * The assessment centre finds M2 2.50, M4 2.00, M8 2.50 and 3.00 elsewhere: Σ 25, JPM 25 ÷ 27 × 100 = 92.59,
     * "OPTIMAL" with the configured cut-off of 90; three gaps of 0.50, 1.00 and 0.50.
     */
    @Test
    void workedExampleGivesJpmAndGaps() {
        String nip = agency.newNip();
        agency.employee(nip, "Budi Santoso", "KEU", "ADM-KEU", null);
        agency.assess(nip, "ASSESSMENT_CENTRE", MARCH, scores("3.00", "2.50", "3.00", "2.00", "3.00", "3.00",
                "3.00", "2.50", "3.00"), null);

        JsonPath profile = agency.hrAdmin().get("/api/v1/employees/" + nip + "/profile").then().statusCode(200)
                .extract().jsonPath();
        assertThat(profile.getObject("jpm", BigDecimal.class)).isEqualByComparingTo("92.59");
        assertThat(profile.getString("jpmCategory")).isEqualTo("OPTIMAL");
        assertThat(profile.getList("lines.competencyCode", String.class)).containsExactlyInAnyOrder("M1", "M2",
                "M3", "M4", "M5", "M6", "M7", "M8", "SK1");
        assertThat(gap(profile, "M2")).isEqualByComparingTo("0.50");
        assertThat(gap(profile, "M4")).isEqualByComparingTo("1.00");
        assertThat(gap(profile, "M1")).isEqualByComparingTo("0.00");
        assertThat(profile.getString("lines.find { it.competencyCode == 'M2' }.competencyName"))
                .isEqualTo("Kerja Sama");

        try (TopicReader competency = TopicReader.of(Topics.COMPETENCY)) {
            List<ConsumerRecord<String, String>> changes = competency.awaitEvents(agency.tenant,
                    EventTypes.COMPETENCY_GAP_CHANGED.name(), e -> nip.equals(e.path("subject").asText())
                            && e.path("data").path("jpm").decimalValue().compareTo(new BigDecimal("92.59")) == 0, 1);
            EventSchemaAssert.assertConforms(changes.get(0).value());
            JsonNode gaps = TopicReader.json(changes.get(0).value()).path("data").path("gaps");
            assertThat(gaps).hasSize(3);

            List<ConsumerRecord<String, String>> assessed = competency.awaitEvents(agency.tenant,
                    EventTypes.COMPETENCY_ASSESSED.name(), e -> nip.equals(e.path("subject").asText()), 1);
            EventSchemaAssert.assertConforms(assessed.get(0).value());
            assertThat(TopicReader.json(assessed.get(0).value()).path("data").path("scores")).hasSize(9);
        }
    }

    @Test
    void employeeWithoutAssessmentHasTheWholeStandardAsGapAndNoJpm() {
        String nip = agency.newNip();
        agency.employee(nip, "Belum Dinilai", "KEU", "ADM-KEU", null);
        agency.hrAdmin().get("/api/v1/employees/" + nip + "/profile").then().statusCode(200)
                .body("jpm", nullValue()).body("jpmCategory", nullValue())
                .body("lines.find { it.competencyCode == 'M1' }.gap", equalTo(3.0f));
    }

    @Test
    void aCorrectionSupersedesAndTheOriginalStaysReadable() {
        String nip = agency.newNip();
        agency.employee(nip, "Koreksi Skor", "KEU", "ADM-KEU", null);
        String original = agency.assess(nip, "ASSESSMENT_CENTRE", MARCH, Map.of("M2", "1.50"), null);
        assertThat(gap(profile(nip), "M2")).isEqualByComparingTo("1.50");

        String correction = agency.assess(nip, "ASSESSMENT_CENTRE", MARCH, Map.of("M2", "3.00"), original);

        assertThat(gap(profile(nip), "M2")).isEqualByComparingTo("0.00");
        agency.as(agency.token(Roles.ASSESSOR)).get("/api/v1/assessments/" + original).then().statusCode(200)
                .body("supersededBy", equalTo(correction)).body("scores[0].score", equalTo(1.5f));
        agency.as(agency.token(Roles.ASSESSOR)).get("/api/v1/assessments?nip=" + nip).then().statusCode(200)
                .body("totalItems", equalTo(2));
        // the same assessment cannot be corrected twice: the second correction must supersede the first one
        agency.as(agency.token(Roles.ASSESSOR)).body(Map.of("nip", nip, "method", "ASSESSMENT_CENTRE",
                        "assessedOn", MARCH.toString(), "supersedes", original,
                        "scores", List.of(Map.of("competencyCode", "M2", "score", 2))))
                .post("/api/v1/assessments").then().statusCode(409).contentType("application/problem+json");

        try (TopicReader competency = TopicReader.of(Topics.COMPETENCY)) {
            List<ConsumerRecord<String, String>> assessed = competency.awaitEvents(agency.tenant,
                    EventTypes.COMPETENCY_ASSESSED.name(), e -> correction.equals(e.path("data").path("assessmentId")
                            .asText()), 1);
            assertThat(TopicReader.json(assessed.get(0).value()).path("data").path("supersedes").asText())
                    .isEqualTo(original);
        }
    }

    @Test
    void aLaterSelfAssessmentDoesNotOutrankTheAssessmentCentre() {
        String nip = agency.newNip();
        agency.employee(nip, "Menilai Diri", "KEU", "ADM-KEU", null);
        agency.assess(nip, "ASSESSMENT_CENTRE", MARCH, Map.of("M3", "2.00"), null);
        agency.as(agency.tokenFor(nip, Roles.EMPLOYEE)).body(Map.of("nip", nip, "method", "SELF",
                        "assessedOn", LocalDate.now().toString(),
                        "scores", List.of(Map.of("competencyCode", "M3", "score", 4.5))))
                .post("/api/v1/assessments").then().statusCode(201);

        JsonPath profile = agency.as(agency.tokenFor(nip, Roles.EMPLOYEE))
                .get("/api/v1/employees/" + nip + "/profile").then().statusCode(200).extract().jsonPath();
        assertThat(profile.getString("lines.find { it.competencyCode == 'M3' }.basedOn.method"))
                .isEqualTo("ASSESSMENT_CENTRE");
        assertThat(gap(profile, "M3")).isEqualByComparingTo("1.00");
        assertThat(profile.getList("assessments")).hasSize(2);
    }

    @Test
    void anEmployeeCorrectsOnlyTheirOwnSelfAssessmentNeverTheAssessmentCentre() {
        String nip = agency.newNip();
        agency.employee(nip, "Koreksi Sendiri", "KEU", "ADM-KEU", null);
        String centre = agency.assess(nip, "ASSESSMENT_CENTRE", MARCH, Map.of("M6", "2.00"), null);
        String employee = agency.shared.caller().roles(Roles.EMPLOYEE).nip(nip).subject("pegawai-" + nip)
                .sign();

        agency.as(employee).body(selfAssessment(nip, "4.50", centre)).post("/api/v1/assessments").then()
                .statusCode(422).contentType("application/problem+json");
        assertThat(profile(nip).getString("lines.find { it.competencyCode == 'M6' }.basedOn.method"))
                .isEqualTo("ASSESSMENT_CENTRE");

        // a SELF assessment recorded by someone else (here hr-admin) is not the employee's to correct
        String byHrAdmin = agency.hrAdmin().body(selfAssessment(nip, "2.00", null)).post("/api/v1/assessments")
                .then().statusCode(201).extract().path("id");
        agency.as(employee).body(selfAssessment(nip, "4.00", byHrAdmin)).post("/api/v1/assessments").then()
                .statusCode(404).contentType("application/problem+json");

        String own = agency.as(employee).body(selfAssessment(nip, "2.50", null)).post("/api/v1/assessments")
                .then().statusCode(201).extract().path("id");
        agency.as(employee).body(selfAssessment(nip, "3.00", own)).post("/api/v1/assessments").then()
                .statusCode(201).body("supersedes", equalTo(own));
        assertThat(profile(nip).getString("lines.find { it.competencyCode == 'M6' }.basedOn.method"))
                .isEqualTo("ASSESSMENT_CENTRE");
    }

    @Test
    void aSelfAssessmentNamesTheCallerAsAssessorAndLastsAtMostTheConfiguredValidity() {
        String nip = agency.newNip();
        agency.employee(nip, "Berlaku Lama", "KEU", "ADM-KEU", null);
        Map<String, Object> body = new LinkedHashMap<>(selfAssessment(nip, "4.00", null));
        body.put("assessor", "UPT Penilaian Kompetensi");
        body.put("validUntil", MARCH.plusYears(20).toString());

        agency.as(agency.shared.caller().roles(Roles.EMPLOYEE).nip(nip).subject("pegawai-" + nip).sign())
                .body(body).post("/api/v1/assessments").then().statusCode(201)
                .body("assessor", equalTo("pegawai-" + nip))
                .body("validUntil", equalTo(MARCH.plusYears(3).toString()));
        // an assessor's stated end of validity stands
        body.put("method", "ASSESSMENT_CENTRE");
        agency.as(agency.token(Roles.ASSESSOR)).body(body).post("/api/v1/assessments").then().statusCode(201)
                .body("assessor", equalTo("UPT Penilaian Kompetensi"))
                .body("validUntil", equalTo(MARCH.plusYears(20).toString()));
    }

    @Test
    void invalidAssessmentsAreRefusedNamingTheField() {
        String nip = agency.newNip();
        agency.employee(nip, "Skor Salah", "KEU", "ADM-KEU", null);
        agency.as(agency.token(Roles.ASSESSOR)).body(Map.of("nip", nip, "method", "SJT",
                        "assessedOn", LocalDate.now().toString(),
                        "scores", List.of(Map.of("competencyCode", "M1", "score", 5.5),
                                Map.of("competencyCode", "M2", "score", 2.345))))
                .post("/api/v1/assessments").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItems("scores[0].score", "scores[1].score"));
        agency.as(agency.token(Roles.ASSESSOR)).body(Map.of("nip", nip, "method", "SJT",
                        "assessedOn", LocalDate.now().plusDays(3).toString(),
                        "scores", List.of(Map.of("competencyCode", "X9", "score", 3))))
                .post("/api/v1/assessments").then().statusCode(400)
                .body("errors.field", hasItems("assessedOn", "scores[0].competencyCode"));
        agency.as(agency.token(Roles.ASSESSOR)).body(Map.of("nip", nip, "method", "NOT_A_METHOD",
                        "assessedOn", LocalDate.now().toString(),
                        "scores", List.of(Map.of("competencyCode", "M1", "score", 3))))
                .post("/api/v1/assessments").then().statusCode(400);
    }

    @Test
    void anAssessmentRowCannotBeChangedEvenByTheDatabaseUser() {
        String nip = agency.newNip();
        agency.employee(nip, "Tak Berubah", "KEU", "ADM-KEU", null);
        String id = agency.assess(nip, "SUPERVISOR", MARCH, Map.of("M5", "2.00"), null);
        assertThatThrownBy(() -> {
            try (Connection connection = TestDatabase.superuser();
                 PreparedStatement update = connection.prepareStatement(
                         "update assessment_score set score = 5 where assessment_id = ?")) {
                update.setObject(1, UUID.fromString(id));
                update.executeUpdate();
            }
        }).isInstanceOf(SQLException.class).hasMessageContaining("append-only");
        agency.as(agency.token(Roles.ASSESSOR)).get("/api/v1/assessments/" + id).then().statusCode(200)
                .body("scores[0].score", equalTo(2.0f));
    }

    private JsonPath profile(String nip) {
        return agency.hrAdmin().get("/api/v1/employees/" + nip + "/profile").then().statusCode(200)
                .extract().jsonPath();
    }

    private static Map<String, Object> selfAssessment(String nip, String score, String supersedes) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("nip", nip);
        body.put("method", "SELF");
        body.put("assessedOn", MARCH.toString());
        body.put("supersedes", supersedes);
        body.put("scores", List.of(Map.of("competencyCode", "M6", "score", new BigDecimal(score))));
        return body;
    }

    private static BigDecimal gap(JsonPath profile, String code) {
        return new BigDecimal(profile.getString("lines.find { it.competencyCode == '" + code + "' }.gap"));
    }

    private static Map<String, String> scores(String... values) {
        Map<String, String> scores = new LinkedHashMap<>();
        List<String> codes = List.of("M1", "M2", "M3", "M4", "M5", "M6", "M7", "M8", "SK1");
        for (int i = 0; i < codes.size(); i++) {
            scores.put(codes.get(i), values[i]);
        }
        return scores;
    }
}
