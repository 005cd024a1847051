package id.asn.systemtests;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.smallrye.jwt.build.Jwt;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * A short story with Keycloak's tokens only (realm asn of deploy/keycloak/asn-realm.json, a real Keycloak process):
 * the tokens carry the claims the platform reads, the issuer stays pinned, an HR system imports employees with
 * its client-credentials token, the partner institution posts attendance with its own, and the employee, logged in
 * by password, reads the own profile. The apps trust nothing but Keycloak here, so a dev-issuer token is refused.
 */
// after every class that uses the dev issuer: switching the stack to Keycloak restarts its apps (SystemStack)
@Order(Integer.MAX_VALUE)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class KeycloakStoryTest {

    // the demo identities, the same in the realm and in gateway/src/main/resources/dev-identities.json
    private static final String EMPLOYEE_NIP = "199004222015032001";
    private static final String SUPERVISOR_NIP = "197803152005011001";
    private static final String PALEMBANG_PARTNER = "3b0f5c1e-7a2d-4c8e-9f10-5a1e0c0b0001";
    private static final Duration EVENTUALLY = Duration.ofSeconds(60);
    private static final ObjectMapper JSON = new ObjectMapper();

    private static SystemStack system;
    private static final String RUN = UUID.randomUUID().toString().substring(0, 6).toUpperCase();

    @BeforeAll
    static void start() {
        system = SystemStack.withKeycloak();
    }

    @Test
    @Order(1)
    void keycloakTokensCarryTheClaimsThePlatformReads() {
        JsonNode employee = claims(system.token("employee.palembang"));
        assertThat(employee.path("iss").asText()).isEqualTo(system.urls.issuer().toString());
        assertThat(employee.path("aud").toString()).contains("\"asn-platform\"");
        assertThat(employee.path("sub").asText()).isNotBlank();
        assertThat(employee.path("preferred_username").asText()).isEqualTo("employee.palembang");
        assertThat(employee.path("name").asText()).isEqualTo("Pegawai Kota Palembang");
        assertThat(employee.path("groups")).extracting(JsonNode::asText).containsExactly("employee");
        assertThat(employee.path("tenant").asText()).isEqualTo("palembang");
        assertThat(employee.path("nip").asText()).isEqualTo(EMPLOYEE_NIP);

        JsonNode partner = claims(system.clientCredentialsToken("partner.palembang", "demo-secret-partner-palembang"));
        assertThat(partner.path("sub").asText()).isNotBlank();
        assertThat(partner.path("aud").toString()).contains("\"asn-platform\"");
        assertThat(partner.path("groups")).extracting(JsonNode::asText).containsExactly("training-partner");
        assertThat(partner.path("tenant").asText()).isEqualTo("palembang");
        assertThat(partner.path("institution").asText()).isEqualTo(PALEMBANG_PARTNER);

        JsonNode national = claims(system.token("national.viewer"));
        assertThat(national.path("groups")).extracting(JsonNode::asText).containsExactly("national-viewer");
        assertThat(national.has("tenant")).isFalse();
    }

    @Test
    @Order(2)
    void theIssuerDoesNotFollowTheHostHeader() {
        String discovery = system.urls.issuer() + "/.well-known/openid-configuration";
        given().baseUri(discovery).header("Host", "sso.attacker.example").get().then().statusCode(200)
                .body("issuer", equalTo(system.urls.issuer().toString()));
    }

    @Test
    @Order(3)
    void bothServicesAcceptAKeycloakToken() {
        // eventually: each service fetches the realm's keys on its first token, which a cold JVM on a busy
        // machine may not do within the gateway's timeout
        await().atMost(EVENTUALLY).untilAsserted(() ->
                system.as("hr.palembang").get("/api/v1/employees").then().statusCode(200));
        await().atMost(EVENTUALLY).untilAsserted(() ->
                system.as("hr.palembang").get("/api/v1/institutions").then().statusCode(200));
    }

    @Test
    @Order(4)
    void aDevIssuerTokenIsRefusedWhereKeycloakIsTheIssuer() {
        // the stack has no dev issuer now: a token signed with its key, as it would issue one, is foreign
        String devToken = Jwt.issuer(system.devIssuer()).audience("asn-platform")
                .subject("hr.palembang").groups(Set.of("hr-admin")).claim("tenant", "palembang")
                .expiresAt(Instant.now().plusSeconds(600)).jws().keyId("asn-dev-issuer").sign(system.devIssuerKey());
        given().auth().oauth2(devToken).get("/api/v1/employees").then().statusCode(401);
    }

    @Test
    @Order(5)
    void anHrSystemImportsEmployeesWithItsClientCredentialsToken() {
        String unitId = system.as("hr.palembang")
                .body(Map.of("code", "KC-" + RUN, "name", "Bagian Organisasi " + RUN))
                .post("/api/v1/units").then().statusCode(201).extract().path("id");
        system.as("hr.palembang")
                .body(Map.of("code", "KC-POS-" + RUN, "title", "Analis Kebijakan", "positionClass", "ADMINISTRATOR",
                        "unitId", unitId))
                .post("/api/v1/positions").then().statusCode(201);

        String integration = system.clientCredentialsToken("integration.palembang", "demo-secret-integration-palembang");
        JsonPath imported = given().auth().oauth2(integration).contentType(ContentType.JSON).accept(ContentType.JSON)
                .header("Idempotency-Key", "kc-sync-" + RUN)
                .body(Map.of("rows", List.of(
                        employeeRow(SUPERVISOR_NIP, "Hendra Gunawan", "KC-" + RUN, null, null),
                        employeeRow(EMPLOYEE_NIP, "Sri Wahyuni", "KC-" + RUN, "KC-POS-" + RUN, SUPERVISOR_NIP))))
                .post("/api/v1/employees/import").then().statusCode(200).extract().jsonPath();
        assertThat(imported.getInt("rejected")).isZero();
        assertThat(imported.getList("rows.nip", String.class)).containsExactly(SUPERVISOR_NIP, EMPLOYEE_NIP);
    }

    @Test
    @Order(6)
    void thePartnerPostsAttendanceWithItsClientCredentialsToken() {
        // 409: PalembangStoryTest, earlier in the same JVM, registered it already
        system.as("hr.palembang").body(Map.of("id", PALEMBANG_PARTNER, "name", "BPSDM Provinsi Sumatera Selatan",
                "kind", "GOVERNMENT")).post("/api/v1/institutions").then().statusCode(anyOf(equalTo(201), equalTo(409)));
        Map<String, Object> program = new LinkedHashMap<>();
        program.put("title", "Pelatihan Tata Naskah " + RUN);
        program.put("developmentPath", "PELATIHAN_KLASIKAL");
        program.put("form", "PELATIHAN_TEKNIS");
        program.put("institutionId", PALEMBANG_PARTNER);
        program.put("costPerParticipant", 750_000);
        program.put("postTestRequired", false);
        program.put("competencies", List.of());
        String programId = system.as("hr.palembang").body(program).post("/api/v1/programs")
                .then().statusCode(201).extract().path("id");
        JsonPath session = system.as("hr.palembang").body(session(programId)).post("/api/v1/sessions")
                .then().statusCode(201).extract().jsonPath();
        String sessionId = session.getString("id");
        List<String> meetings = session.getList("meetings.id", String.class);
        // the employee reaches training-service through asn.employee; nominate once it has arrived
        await().atMost(EVENTUALLY).untilAsserted(() -> system.as("hr.palembang")
                .body(Map.of("sessionId", sessionId, "nip", EMPLOYEE_NIP)).post("/api/v1/enrollments")
                .then().statusCode(201));

        String partner = system.clientCredentialsToken("partner.palembang", "demo-secret-partner-palembang");
        for (int i = 0; i < meetings.size(); i++) {
            given().auth().oauth2(partner).contentType(ContentType.JSON)
                    .header("Idempotency-Key", "kc-" + RUN + "-" + i)
                    .body(Map.of("rows", List.of(Map.of("externalId", "kc-" + RUN + "-" + i,
                            "nip", EMPLOYEE_NIP, "status", "PRESENT"))))
                    .post("/api/v1/attendance/meetings/" + meetings.get(i))
                    .then().statusCode(200).body("created", equalTo(1)).body("rejected", equalTo(0));
        }
    }

    @Test
    @Order(7)
    void theEmployeeLoggedInByPasswordReadsTheOwnProfile() {
        system.as("employee.palembang").get("/api/v1/employees/" + EMPLOYEE_NIP + "/profile").then().statusCode(200)
                .body("nip", equalTo(EMPLOYEE_NIP));
    }

    private static JsonNode claims(String jwt) {
        String[] parts = jwt.split("\\.");
        assertThat(parts).hasSize(3);
        try {
            return JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Object> employeeRow(String nip, String name, String unitCode, String positionCode,
                                                   String supervisorNip) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("nip", nip);
        row.put("name", name);
        row.put("employeeType", "PNS");
        row.put("unitCode", unitCode);
        row.put("positionCode", positionCode);
        row.put("supervisorNip", supervisorNip);
        row.put("rank", "III/c");
        row.put("education", "S1");
        return row;
    }

    /** A session with two meetings that are already over, so that attendance can be posted for them. */
    private static Map<String, Object> session(String programId) {
        List<Map<String, Object>> days = new ArrayList<>();
        for (int daysAgo : new int[] {3, 2}) {
            days.add(Map.of("date", LocalDate.now().minusDays(daysAgo).toString(), "start", "08:00",
                    "end", "15:30", "mode", "IN_PERSON", "location", "Aula BKPSDM"));
        }
        return Map.of("programId", programId, "name", "Angkatan KC", "capacity", 30, "enrollmentMode", "NOMINATION",
                "mandatory", false, "meetings", days);
    }
}
