package id.asn.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The one API document of the platform and the health of the whole system, as the gateway shows them. */
@QuarkusTest
class OpenApiAndHealthApiTest {

    @Test
    void mergedDocumentHasTheServicesPublicPathsAndTheBearerScheme() {
        given().when().get("/openapi")
                .then().statusCode(200).contentType("application/json")
                .body("paths", hasKey("/api/v1/competencies/{id}"))
                .body("paths", not(hasKey("/internal/reindex")))
                .body("paths.'/api/v1/competencies/{id}'.get.security[0]", hasKey("bearer"))
                .body("components.schemas", hasKey("Competency"))
                .body("components.securitySchemes.bearer.scheme", equalTo("bearer"))
                .body("components.securitySchemes.bearer.bearerFormat", equalTo("JWT"))
                .body("components.securitySchemes", not(hasKey("SecurityScheme")))
                .body("security[0]", hasKey("bearer"))
                .body("info.description", containsString("did not answer: appraisal, career, closed, garbage, training."));
    }

    @Test
    void quarkusDocumentPathServesTheMergedDocumentToo() {
        for (String path : new String[] {"/q/openapi", "/q/openapi?format=json"}) {
            given().when().get(path)
                    .then().statusCode(200).contentType("application/json")
                    .body("info.title", equalTo("ASN competency platform API"))
                    .body("paths", hasKey("/api/v1/competencies/{id}"))
                    .body("components.securitySchemes.bearer.scheme", equalTo("bearer"));
        }
    }

    @Test
    void swaggerUiShowsTheMergedDocument() {
        given().when().get("/q/swagger-ui/")
                .then().statusCode(200)
                .body(containsString("/openapi"));
    }

    @Test
    void healthShowsEveryServiceByName() {
        given().when().get("/q/health")
                .then()
                .body("checks.find { it.name == 'gateway' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'competency' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'training' }.status", equalTo("DOWN"))
                .body("checks.name", hasItem("career"));
        given().when().get("/q/health/ready")
                .then().statusCode(200);
    }

    @Test
    void frontendOriginGetsCorsHeaders() {
        given().header("Origin", "http://localhost:5173")
                .header("Access-Control-Request-Method", "POST")
                .when().options("/api/v1/competencies")
                .then().header("Access-Control-Allow-Origin", "http://localhost:5173");
    }
}
