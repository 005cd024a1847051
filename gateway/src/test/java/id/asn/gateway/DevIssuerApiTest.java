package id.asn.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * The development issuer of the local stack: tokens for demo users by name, and for clients by client credentials,
 * verified like any issuer's through its discovery document and JWKS. The gateway trusts it (it is its own issuer
 * here), so the gateway starts before its issuer answers and verifies once it does.
 */
@QuarkusTest
@TestProfile(LocalProfile.class)
class DevIssuerApiTest {

    private static final String PARTNER = "partner.palembang";
    private static final String PARTNER_SECRET = "demo-secret-partner-palembang";
    private static final String PARTNER_INSTITUTION = "3b0f5c1e-7a2d-4c8e-9f10-5a1e0c0b0001";

    @Test
    void listsTheDemoAgenciesUsersAndClients() {
        given().when().get("/dev-auth/users")
                .then().statusCode(200)
                .body("tenants.name", hasItems("Kota Palembang", "Kota Tanjungpinang", "Kota Sawahlunto"))
                .body("identities.username", hasItems("hr.palembang", "assessor.tanjungpinang",
                        "supervisor.sawahlunto", "employee.palembang", "integration.palembang", PARTNER,
                        "national.viewer"))
                .body("identities.find { it.username == 'employee.palembang' }.nip", equalTo("199004222015032001"))
                .body("identities.find { it.username == 'partner.palembang' }.institution",
                        equalTo(PARTNER_INSTITUTION));
    }

    @Test
    void mintsATokenForADemoUserThatTheGatewayAccepts() throws Exception {
        String token = given().formParam("username", "employee.palembang")
                .when().post("/dev-auth/token")
                .then().statusCode(200).contentType("text/plain")
                .extract().asString();

        JsonNode claims = claims(token);
        assertThat(claims.get("iss").asText()).isEqualTo(issuer());
        assertThat(header(token).get("kid").asText()).isEqualTo("asn-dev-issuer");
        assertThat(claims.get("aud").toString()).contains("asn-platform");
        assertThat(claims.get("sub").asText()).isEqualTo("employee.palembang");
        assertThat(claims.get("tenant").asText()).isEqualTo("palembang");
        assertThat(claims.get("nip").asText()).isEqualTo("199004222015032001");
        assertThat(claims.get("groups").toString()).contains("employee");
        assertThat(claims.get("exp").asLong() - claims.get("iat").asLong()).isEqualTo(3600);

        given().auth().oauth2(token).when().get("/api/v1/competencies/K-01")
                .then().statusCode(200).body("headers.authorization", equalTo("Bearer " + token));
    }

    @Test
    void publishesItsDiscoveryDocumentAndKey() {
        String jwksUri = given().when().get("/dev-issuer/.well-known/openid-configuration")
                .then().statusCode(200).contentType("application/json")
                .body("issuer", equalTo(issuer()))
                .body("jwks_uri", equalTo(issuer() + "/jwks"))
                .extract().path("jwks_uri");
        given().when().get(jwksUri)
                .then().statusCode(200).contentType("application/json")
                .body("keys.kid", hasItem("asn-dev-issuer"))
                .body("keys[0].kty", equalTo("RSA"))
                .body("keys[0].use", equalTo("sig"))
                .body("keys[0].n", notNullValue())
                .body("keys[0].d", equalTo(null));
    }

    @Test
    void unknownUserIsAValidationProblemNamingTheField() {
        given().formParam("username", "nobody")
                .when().post("/dev-auth/token")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("username"));
    }

    @Test
    void partnerGetsATokenWithTheClientCredentialsGrant() throws Exception {
        String token = given().formParam("grant_type", "client_credentials")
                .formParam("client_id", PARTNER).formParam("client_secret", PARTNER_SECRET)
                .when().post("/dev-auth/oauth2/token")
                .then().statusCode(200).contentType("application/json")
                .header("Cache-Control", "no-store")
                .body("token_type", equalTo("Bearer"))
                .body("expires_in", equalTo(3600))
                .body("access_token", notNullValue())
                .extract().path("access_token");
        JsonNode claims = claims(token);
        assertThat(claims.get("sub").asText()).isEqualTo(PARTNER);
        assertThat(claims.get("institution").asText()).isEqualTo(PARTNER_INSTITUTION);
        assertThat(claims.get("groups").toString()).contains("training-partner");
    }

    @Test
    void clientMayAuthenticateWithHttpBasic() {
        given().auth().preemptive().basic(PARTNER, PARTNER_SECRET)
                .formParam("grant_type", "client_credentials")
                .when().post("/dev-auth/oauth2/token")
                .then().statusCode(200).body("token_type", equalTo("Bearer"));
    }

    @Test
    void wrongSecretIs401InvalidClient() {
        given().formParam("grant_type", "client_credentials")
                .formParam("client_id", PARTNER).formParam("client_secret", "guess")
                .when().post("/dev-auth/oauth2/token")
                .then().statusCode(401).contentType("application/json")
                .body("error", equalTo("invalid_client"));
        given().auth().preemptive().basic(PARTNER, "guess")
                .formParam("grant_type", "client_credentials")
                .when().post("/dev-auth/oauth2/token")
                .then().statusCode(401).body("error", equalTo("invalid_client"));
    }

    @Test
    void usersAreNoClients() {
        given().formParam("grant_type", "client_credentials")
                .formParam("client_id", "hr.palembang").formParam("client_secret", "")
                .when().post("/dev-auth/oauth2/token")
                .then().statusCode(401).body("error", equalTo("invalid_client"));
    }

    @Test
    void otherGrantTypesAreUnsupported() {
        given().formParam("grant_type", "password")
                .formParam("client_id", PARTNER).formParam("client_secret", PARTNER_SECRET)
                .when().post("/dev-auth/oauth2/token")
                .then().statusCode(400).body("error", equalTo("unsupported_grant_type"));
    }

    private static String issuer() {
        return ConfigProvider.getConfig().getValue("asn.gateway.dev-issuer.issuer", String.class);
    }

    private static JsonNode claims(String token) throws Exception {
        return part(token, 1);
    }

    private static JsonNode header(String token) throws Exception {
        return part(token, 0);
    }

    private static JsonNode part(String token, int index) throws Exception {
        String encoded = token.split("\\.")[index];
        return new ObjectMapper().readTree(new String(Base64.getUrlDecoder().decode(encoded), StandardCharsets.UTF_8));
    }
}
