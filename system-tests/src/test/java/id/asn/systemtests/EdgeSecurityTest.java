package id.asn.systemtests;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.startsWith;

import io.smallrye.jwt.build.Jwt;
import java.security.KeyPairGenerator;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The gateway and the services refuse callers without a valid token of the right issuer, with problem+json. */
class EdgeSecurityTest {

    private static SystemStack system;

    @BeforeAll
    static void start() {
        system = SystemStack.get();
    }

    @Test
    void aggregateHealthShowsAllFiveAppsUp() {
        given().get("/q/health").then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.status", hasItems("UP"));
    }

    @Test
    void missingTokenIs401ProblemJson() {
        given().header(ContractValidation.OFF_CONTRACT, "no token").get("/api/v1/employees").then().statusCode(401)
                .contentType(startsWith("application/problem+json")).body("status", equalTo(401));
    }

    @Test
    void expiredTokenIs401() {
        String expired = Jwt.issuer(system.devIssuer()).audience("asn-platform").subject("hr.palembang")
                .groups(Set.of("hr-admin")).claim("tenant", "palembang")
                .issuedAt(Instant.now().minusSeconds(7200)).expiresAt(Instant.now().minusSeconds(3600))
                .jws().keyId("asn-dev-issuer").sign(system.devIssuerKey());
        given().auth().oauth2(expired).get("/api/v1/employees").then().statusCode(401)
                .contentType(startsWith("application/problem+json"));
    }

    @Test
    void servicesVerifyTheDevIssuersTokensFromItsDiscoveryDocument() {
        given().get("/dev-issuer/.well-known/openid-configuration").then().statusCode(200)
                .body("issuer", equalTo(system.devIssuer()))
                .body("jwks_uri", equalTo(system.devIssuer() + "/jwks"));
        given().auth().oauth2(system.token("hr.palembang")).get("/api/v1/employees").then().statusCode(200);
        given().auth().oauth2(system.token("hr.palembang")).get("/api/v1/programs").then().statusCode(200);
    }

    @Test
    void foreignIssuerTokenIs401() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        String foreign = Jwt.issuer("https://sso.example.org/realms/other").audience("asn-platform")
                .subject("intruder").groups(Set.of("hr-admin")).claim("tenant", "palembang")
                .expiresAt(Instant.now().plusSeconds(600)).jws().sign(generator.generateKeyPair().getPrivate());
        given().auth().oauth2(foreign).get("/api/v1/employees").then().statusCode(401)
                .contentType(startsWith("application/problem+json"));
    }
}
