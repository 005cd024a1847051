package id.asn.platform.kit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.asn.platform.events.Topics;
import id.asn.platform.kit.caller.Roles;
import id.asn.platform.kit.probe.ProbeEffects;
import id.asn.platform.testinfra.TestDatabase;
import id.asn.platform.testinfra.TestTokens;
import id.asn.platform.testinfra.TopicReader;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;

/**
 * One trace from a request to the effect of its event on a consumer: the caller's {@code traceparent} is stored
 * with the outbox row, carried in the Kafka record's headers, and the consumer applies the event in a span of
 * that trace, its log lines carrying the trace id. The probe both publishes and consumes
 * {@code asn.employee.registered.v1}; its spans are those the real SDK exported (ProbeSpans).
 */
@QuarkusTest
class TracePropagationApiTest {

    private static final String PROCESS_EMPLOYEE = "process " + Topics.EMPLOYEE;


    @Inject
    InMemorySpanExporter spans;

    @Test
    void theCallersTraceRunsThroughTheOutboxAndTheRecordToTheConsumersEffect() throws Exception {
        String traceId = randomHex(16);
        String callersSpan = randomHex(8);
        String nip = uniqueNip(0);
        given().auth().oauth2(TestTokens.user("palembang").roles(Roles.HR_ADMIN).sign())
                .header("traceparent", "00-" + traceId + "-" + callersSpan + "-01")
                .header("tracestate", "asn=t61rcWkgMzE")
                .contentType("application/json").body(Map.of("name", "Pegawai " + nip, "nip", nip))
                .post("/api/v1/probes").then().statusCode(201);

        // the request's server span (platform/tracing's ServerSpans), named by its resource method's template
        SpanData request = await().atMost(Duration.ofSeconds(20)).until(() -> spans.getFinishedSpanItems().stream()
                .filter(s -> s.getTraceId().equals(traceId) && s.getKind() == SpanKind.SERVER)
                .findFirst(), Optional::isPresent).orElseThrow();
        assertThat(request.getName()).isEqualTo("POST /api/v1/probes");
        assertThat(request.getParentSpanId()).isEqualTo(callersSpan);
        assertThat(request.getAttributes().get(AttributeKey.longKey("http.response.status_code"))).isEqualTo(201L);

        String[] stored = outboxTraceContext(nip);
        assertThat(stored[0]).as("stored traceparent").isEqualTo("00-" + traceId + "-" + request.getSpanId() + "-01");
        assertThat(stored[1]).as("stored tracestate").isEqualTo("asn=t61rcWkgMzE");

        ConsumerRecord<String, String> record;
        try (TopicReader reader = TopicReader.of(Topics.EMPLOYEE)) {
            record = reader.await(r -> nip.equals(r.key()), 1).get(0);
        }
        String traceparent = header(record, "traceparent").orElseThrow();
        assertThat(traceparent).as("record's traceparent").startsWith("00-" + traceId + "-");
        assertThat(header(record, "tracestate")).contains("asn=t61rcWkgMzE");
        String publishingSpan = traceparent.split("-")[2];

        await().atMost(Duration.ofSeconds(20)).until(() -> ProbeEffects.LOGGED_TRACE_IDS.containsKey(nip));
        assertThat(ProbeEffects.LOGGED_TRACE_IDS.get(nip)).as("trace id in the handler's log context")
                .isEqualTo(traceId);
        SpanData applied = await().atMost(Duration.ofSeconds(20)).until(() -> spans.getFinishedSpanItems().stream()
                .filter(s -> s.getName().equals(PROCESS_EMPLOYEE) && s.getTraceId().equals(traceId))
                .filter(s -> s.getKind() == SpanKind.CONSUMER && s.getParentSpanId().equals(publishingSpan))
                .findFirst(), Optional::isPresent).orElseThrow();
        assertThat(applied.getAttributes().asMap().toString()).contains("asn.employee.registered.v1");
    }

    @Test
    void aRequestWithoutATraceparentStartsATraceThatItsEventContinues() throws Exception {
        String nip = uniqueNip(500);
        given().auth().oauth2(TestTokens.user("palembang").roles(Roles.HR_ADMIN).sign())
                .contentType("application/json").body(Map.of("name", "Pegawai " + nip, "nip", nip))
                .post("/api/v1/probes").then().statusCode(201);
        // without a caller's traceparent the request's own server span is the parent: still one trace
        String stored = outboxTraceContext(nip)[0];
        assertThat(stored).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-01");
        ConsumerRecord<String, String> record;
        try (TopicReader reader = TopicReader.of(Topics.EMPLOYEE)) {
            record = reader.await(r -> nip.equals(r.key()), 1).get(0);
        }
        assertThat(header(record, "traceparent")).hasValueSatisfying(
                value -> assertThat(value.split("-")[1]).isEqualTo(stored.split("-")[1]));
    }

    private String[] outboxTraceContext(String nip) throws Exception {
        try (Connection c = TestDatabase.superuser(); PreparedStatement s = c.prepareStatement(
                "select traceparent, tracestate from outbox_event where aggregateid = ?")) {
            s.setString(1, nip);
            try (ResultSet r = s.executeQuery()) {
                assertThat(r.next()).as("outbox row of %s", nip).isTrue();
                return new String[] {r.getString(1), r.getString(2)};
            }
        }
    }

    private static Optional<String> header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return Optional.ofNullable(header).map(h -> new String(h.value(), StandardCharsets.UTF_8));
    }

    /** A female PNS NIP not used by the other kit tests (theirs are male), sequence from {@code from} on. */
    private static String uniqueNip(int from) {
        return "19900101201505" + "2" + String.format("%03d", from + ThreadLocalRandom.current().nextInt(500));
    }

    private static String randomHex(int bytes) {
        byte[] value = new byte[bytes];
        ThreadLocalRandom.current().nextBytes(value);
        return HexFormat.of().formatHex(value);
    }
}
