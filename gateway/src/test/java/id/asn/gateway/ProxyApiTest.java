package id.asn.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import id.asn.gateway.support.Tokens;
import id.asn.gateway.support.UpstreamStub;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The proxy mechanics, against a stand-in service: what goes up, what comes back, and what happens without an answer. */
@QuarkusTest
class ProxyApiTest {

    private static final String PROBLEM_JSON = "application/problem+json";

    @TestHTTPResource("/")
    URI gateway;

    private final String token = Tokens.valid("hr.palembang", "hr-admin");

    @Test
    void forwardsPathQueryAndHeadersToTheOwningService() {
        given().auth().oauth2(token).urlEncodingEnabled(false)
                .header("X-Custom", "kept")
                .header("Proxy-Authorization", "Basic c2VjcmV0")
                .header("Accept-Language", "en")
                .when().get("/api/v1/competencies/K-01/levels?page=2&size=5&q=a%20b")
                .then().statusCode(200)
                .header("Keep-Alive", nullValue())
                .body("method", equalTo("GET"))
                .body("uri", equalTo("/api/v1/competencies/K-01/levels?page=2&size=5&q=a%20b"))
                .body("headers.authorization", equalTo("Bearer " + token))
                .body("headers.x-custom", equalTo("kept"))
                .body("headers.accept-language", equalTo("en"))
                .body("headers.proxy-authorization", nullValue())
                .body("headers.x-forwarded-for", notNullValue())
                .body("headers.x-request-id", matchesPattern("[0-9a-f-]{36}"));
    }

    @Test
    void passesTheCallersRequestIdToTheServiceAndBack() {
        given().auth().oauth2(token).header("X-Request-Id", "hr-system-42")
                .when().get("/api/v1/competencies/K-01")
                .then().statusCode(200)
                .header("X-Request-Id", "hr-system-42")
                .body("headers.x-request-id", equalTo("hr-system-42"));
    }

    @Test
    void createsARequestIdWhenTheCallerSentNone() {
        Response response = given().auth().oauth2(token).when().get("/api/v1/competencies/K-01");
        String returned = response.header("X-Request-Id");
        assertThat(returned).matches("[0-9a-f-]{36}");
        assertThat(response.jsonPath().getString("headers.x-request-id")).isEqualTo(returned);
    }

    @Test
    void streamsALargeChunkedUploadToABulkRouteIntact() throws Exception {
        byte[] body = new byte[6 * 1024 * 1024];
        new Random(7).nextBytes(body);
        HttpResponse<String> response = postChunked("/api/v1/competencies/import", body);
        assertThat(response.statusCode()).isEqualTo(200);
        JsonPath echo = new JsonPath(response.body());
        assertThat(echo.getString("headers.transfer-encoding")).isEqualTo("chunked");
        assertThat(echo.getInt("bodyBytes")).isEqualTo(body.length);
        assertThat(echo.getString("bodySha256"))
                .isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body)));
    }

    @Test
    void relaysTheAnswerAsItComesInsteadOfWaitingForAllOfIt() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        HttpResponse<InputStream> response = client.send(HttpRequest.newBuilder(gateway.resolve("/api/v1/competencies/stream"))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofInputStream());
        assertThat(response.statusCode()).isEqualTo(200);
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
            // the service holds back its second part until this first one has been read through the gateway
            assertThat(reader.readLine()).isEqualTo("first part");
            given().auth().oauth2(token).when().get("/api/v1/competencies/stream/release")
                    .then().statusCode(200).body(equalTo("true"));
            assertThat(reader.readLine()).isEqualTo("second part");
            assertThat(reader.readLine()).isNull();
        }
    }

    @Test
    void passesTheServicesProblemThroughUntouched() {
        given().auth().oauth2(token)
                .when().get("/api/v1/competencies/problem")
                .then().statusCode(409)
                .contentType(PROBLEM_JSON)
                .header("X-Upstream", "stub")
                .body(equalTo(UpstreamStub.PROBLEM));
    }

    @Test
    void unknownFirstSegmentIs404Problem() {
        given().auth().oauth2(token)
                .when().get("/api/v1/no-such-thing/1")
                .then().statusCode(404).contentType(PROBLEM_JSON)
                .body("type", equalTo("urn:asn:problem:not-found"))
                .body("instance", equalTo("/api/v1/no-such-thing/1"));
    }

    @Test
    void serviceThatCannotBeReachedIs503NamingIt() {
        given().auth().oauth2(token).header("Accept-Language", "en")
                .when().get("/api/v1/closed/anything")
                .then().statusCode(503).contentType(PROBLEM_JSON)
                .body("type", equalTo("urn:asn:problem:service-unavailable"))
                .body("title", equalTo("Service unavailable"))
                .body("detail", equalTo("Service closed is unavailable; try again later."))
                .body("instance", equalTo("/api/v1/closed/anything"))
                .body("correlationId", notNullValue());
    }

    @Test
    void aServiceOfSeveralInstancesIsReachedThroughTheOneThatAnswersWhileAnotherIsDown() {
        // round robin starts each request at the next instance: half of them start at the unreachable one
        for (int i = 0; i < 4; i++) {
            given().auth().oauth2(token).contentType("application/json").body("{\"n\":" + i + "}")
                    .when().post("/api/v1/pair/writes")
                    .then().statusCode(200)
                    .body("method", equalTo("POST"))
                    .body("uri", equalTo("/api/v1/pair/writes"));
        }
    }

    @Test
    void serviceTooSlowIs504() {
        given().auth().oauth2(token)
                .when().get("/api/v1/slow/report")
                .then().statusCode(504).contentType(PROBLEM_JSON)
                .body("type", equalTo("urn:asn:problem:gateway-timeout"))
                .body("detail", equalTo("Layanan slow tidak menjawab dalam 300 ms."));
    }

    /** A session's completion works per participant: it has the bulk timeout (120 s), not the service's (ADR 0023). */
    @Test
    void aCompletionMayTakeLongerThanAnOrdinaryCall() {
        given().auth().oauth2(token)
                .when().post("/api/v1/slow/sessions/s-1/completion")
                .then().statusCode(200).body(equalTo("too late"));
    }

    @Test
    void answerThatIsNotHttpIs502() {
        given().auth().oauth2(token)
                .when().get("/api/v1/garbage/x")
                .then().statusCode(502).contentType(PROBLEM_JSON)
                .body("type", equalTo("urn:asn:problem:bad-gateway"))
                .body("detail", containsString("garbage"));
    }

    @Test
    void bodyOverTheAnnouncedLimitIs413BeforeAnythingIsForwarded() {
        given().auth().oauth2(token).contentType("application/json")
                .body(new byte[64 * 1024 + 1])
                .when().post("/api/v1/competencies")
                .then().statusCode(413).contentType(PROBLEM_JSON)
                .body("type", equalTo("urn:asn:problem:payload-too-large"));
    }

    @Test
    void chunkedBodyThatGrowsOverTheLimitIs413() throws Exception {
        HttpResponse<String> response = postChunked("/api/v1/competencies", new byte[200 * 1024]);
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValue(PROBLEM_JSON);
        assertThat(new JsonPath(response.body()).getString("type")).isEqualTo("urn:asn:problem:payload-too-large");
    }

    @Test
    void bulkRoutesAllowMoreThanOrdinaryOnesButNotWithoutLimit() throws Exception {
        given().auth().oauth2(token).contentType("application/octet-stream")
                .body(new byte[1024 * 1024])
                .when().post("/api/v1/competencies/bulk")
                .then().statusCode(200).body("bodyBytes", equalTo(1024 * 1024));
        HttpResponse<String> tooLarge = HttpClient.newHttpClient().send(HttpRequest.newBuilder(gateway.resolve("/api/v1/competencies/bulk"))
                .version(HttpClient.Version.HTTP_1_1)
                .header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[8 * 1024 * 1024 + 1]))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(tooLarge.statusCode()).isEqualTo(413);
        assertThat(new JsonPath(tooLarge.body()).getString("detail")).isEqualTo("Ukuran isi permintaan melebihi batas 8 MB.");
    }

    @Test
    void replacesARequestIdThatIsNotSafeToLog() {
        Response response = given().auth().oauth2(token).header("X-Request-Id", "evil id; with spaces")
                .when().get("/api/v1/competencies/K-01");
        assertThat(response.header("X-Request-Id")).matches("[0-9a-f-]{36}");
        assertThat(response.jsonPath().getString("headers.x-request-id")).isEqualTo(response.header("X-Request-Id"));
    }

    @Test
    void continuesTheCallersTraceInTheCallToTheService() {
        String traceId = "4bf92f3577b34da6a3ce929d0e0e4736";
        String callersSpan = "00f067aa0ba902b7";
        JsonPath upstream = given().auth().oauth2(token)
                .header("traceparent", "00-" + traceId + "-" + callersSpan + "-01")
                .header("tracestate", "asn=t61rcWkgMzE")
                .when().get("/api/v1/competencies/K-01")
                .then().statusCode(200).extract().jsonPath();
        // the same trace, the parent now the gateway's own span: the gateway is a hop of the trace, not a tunnel
        assertThat(upstream.getString("headers.traceparent")).matches("00-" + traceId + "-[0-9a-f]{16}-01")
                .doesNotContain(callersSpan);
        assertThat(upstream.getString("headers.tracestate")).isEqualTo("asn=t61rcWkgMzE");
    }

    @Test
    void startsATraceWhenTheCallerSentNone() {
        String upstream = given().auth().oauth2(token).when().get("/api/v1/competencies/K-01")
                .then().statusCode(200).extract().path("headers.traceparent");
        assertThat(upstream).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-01");
    }

    /** A body of unknown length, so that it travels chunked (REST Assured would send a Content-Length). */
    private HttpResponse<String> postChunked(String path, byte[] body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(gateway.resolve(path))
                .version(HttpClient.Version.HTTP_1_1)
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }
}
