package id.asn.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.asn.gateway.support.Tokens;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/**
 * What an operator sees of one request in the tracing backend: the gateway's server span (platform/tracing's
 * ServerSpans, not Quarkus' HTTP instrumentation), a hop of the caller's trace and the parent of the service's.
 */
@QuarkusTest
@TestProfile(ServerSpanApiTest.RecordedSpans.class)
class ServerSpanApiTest {

    private final String token = Tokens.valid("hr.palembang", "hr-admin");

    @Inject
    InMemorySpanExporter spans;

    @Test
    void aProxiedRequestIsOneServerSpanOfTheCallersTraceAndTheParentOfTheServicesSpan() {
        String traceId = hex(16);
        String callersSpan = hex(8);
        String upstreamTraceparent = given().auth().oauth2(token)
                .header("traceparent", "00-" + traceId + "-" + callersSpan + "-01")
                .when().get("/api/v1/competencies/K-01")
                .then().statusCode(200).extract().path("headers.traceparent");

        SpanData span = onlySpanOf(traceId);
        assertThat(span.getKind()).isEqualTo(SpanKind.SERVER);
        assertThat(span.getName()).isEqualTo("GET /api/v1/competencies/*");
        assertThat(span.getParentSpanId()).isEqualTo(callersSpan);
        assertThat(upstreamTraceparent).isEqualTo("00-" + traceId + "-" + span.getSpanId() + "-01");
        assertThat(span.getAttributes().get(AttributeKey.stringKey("http.request.method"))).isEqualTo("GET");
        assertThat(span.getAttributes().get(AttributeKey.stringKey("http.route"))).isEqualTo("/api/v1/competencies/*");
        assertThat(span.getAttributes().get(AttributeKey.stringKey("url.path"))).isEqualTo("/api/v1/competencies/K-01");
        assertThat(span.getAttributes().get(AttributeKey.longKey("http.response.status_code"))).isEqualTo(200L);
        assertThat(span.getStatus().getStatusCode()).isEqualTo(StatusCode.UNSET);
    }

    @Test
    void aServiceThatCannotBeReachedMakesAnErrorSpan() {
        String traceId = hex(16);
        given().auth().oauth2(token).header("traceparent", "00-" + traceId + "-" + hex(8) + "-01")
                .when().get("/api/v1/closed/anything")
                .then().statusCode(503);

        SpanData span = onlySpanOf(traceId);
        assertThat(span.getName()).isEqualTo("GET /api/v1/closed/*");
        assertThat(span.getAttributes().get(AttributeKey.longKey("http.response.status_code"))).isEqualTo(503L);
        assertThat(span.getStatus().getStatusCode()).isEqualTo(StatusCode.ERROR);
    }

    @Test
    void aRefusalAtTheEdgeIsTracedTooButHealthChecksAreNot() {
        String traceId = hex(16);
        given().header("traceparent", "00-" + traceId + "-" + hex(8) + "-01")
                .when().get("/api/v1/competencies")
                .then().statusCode(401);
        String healthTrace = hex(16);
        given().header("traceparent", "00-" + healthTrace + "-" + hex(8) + "-01")
                .when().get("/q/health/live")
                .then().statusCode(200);

        SpanData refused = onlySpanOf(traceId);
        assertThat(refused.getAttributes().get(AttributeKey.longKey("http.response.status_code"))).isEqualTo(401L);
        assertThat(refused.getStatus().getStatusCode()).isEqualTo(StatusCode.UNSET);
        assertThat(spans.getFinishedSpanItems()).noneMatch(s -> s.getTraceId().equals(healthTrace));
    }

    private SpanData onlySpanOf(String traceId) {
        List<SpanData> ofTrace = await().atMost(Duration.ofSeconds(20)).until(() -> spans.getFinishedSpanItems().stream()
                .filter(s -> s.getTraceId().equals(traceId)).toList(), found -> !found.isEmpty());
        assertThat(ofTrace).as("spans of trace %s", traceId).hasSize(1);
        return ofTrace.get(0);
    }

    private static String hex(int bytes) {
        byte[] value = new byte[bytes];
        ThreadLocalRandom.current().nextBytes(value);
        return HexFormat.of().formatHex(value);
    }

    /** The gateway as deployed, its spans kept in memory by the real SDK for the test to read. */
    public static class RecordedSpans implements QuarkusTestProfile {
        @Override
        public Set<Class<?>> getEnabledAlternatives() {
            return Set.of(InMemorySpans.class);
        }

        @Override
        public Map<String, String> getConfigOverrides() {
            // the batch processor hands finished spans on at this interval (5 s by default)
            return Map.of("quarkus.otel.bsp.schedule.delay", "100ms");
        }
    }

    @Alternative
    @Singleton
    public static class InMemorySpans {
        @Produces
        @Singleton
        InMemorySpanExporter spans() {
            return InMemorySpanExporter.create();
        }
    }
}
