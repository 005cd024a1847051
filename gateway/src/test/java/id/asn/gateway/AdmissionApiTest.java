package id.asn.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.asn.gateway.support.Tokens;
import id.asn.gateway.support.UpstreamStub;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Concurrency bounds per service and route class. In the test profile the service {@code held} (a stand-in that
 * holds every request until the test releases it) admits 3 reads, 2 writes and 1 bulk upload at once.
 */
@QuarkusTest
class AdmissionApiTest {

    private static final int READS = 3;
    private static final int WRITES = 2;
    // generous: on a loaded 2-core machine the first requests of a test may wait long for the event loop
    private static final Duration WAIT = Duration.ofSeconds(90);

    @TestHTTPResource("/")
    URI gateway;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final String token = Tokens.valid("hr.palembang", "hr-admin");
    private final List<CompletableFuture<HttpResponse<String>>> sent = new CopyOnWriteArrayList<>();

    @AfterEach
    void releaseEverything() {
        // a request still on its way when a test ends would hold its slot into the next test
        await().atMost(WAIT).until(() -> {
            stub(UpstreamStub.HELD_RELEASE);
            return sent.stream().allMatch(CompletableFuture::isDone);
        });
    }

    @Test
    void readsBeyondTheBoundAre503WithRetryAfterAndTheRestSucceed() {
        int extra = 2;
        List<CompletableFuture<HttpResponse<String>>> calls = IntStream.range(0, READS + extra)
                .mapToObj(i -> send("GET", "/api/v1/held/reads/" + i)).toList();

        await().atMost(WAIT).until(() -> heldCount() == READS
                && calls.stream().filter(CompletableFuture::isDone).count() == extra);
        stub(UpstreamStub.HELD_RELEASE);
        List<HttpResponse<String>> answers = calls.stream().map(CompletableFuture::join).toList();

        assertThat(answers).filteredOn(a -> a.statusCode() == 200).hasSize(READS);
        List<HttpResponse<String>> refused = answers.stream().filter(a -> a.statusCode() != 200).toList();
        assertThat(refused).hasSize(extra).allSatisfy(answer -> {
            assertThat(answer.statusCode()).isEqualTo(503);
            assertThat(answer.headers().firstValue("Retry-After")).contains("1");
            assertThat(answer.headers().firstValue("Content-Type")).contains("application/problem+json");
            JsonPath problem = new JsonPath(answer.body());
            assertThat(problem.getString("type")).isEqualTo("urn:asn:problem:service-unavailable");
            assertThat(problem.getString("detail")).contains("held");
        });
    }

    @Test
    void writesHaveTheirOwnBoundBesideTheReads() {
        List<CompletableFuture<HttpResponse<String>>> reads = IntStream.range(0, READS)
                .mapToObj(i -> send("GET", "/api/v1/held/reads/" + i)).toList();
        List<CompletableFuture<HttpResponse<String>>> writes = IntStream.range(0, WRITES + 1)
                .mapToObj(i -> send("POST", "/api/v1/held/writes/" + i)).toList();

        await().atMost(WAIT).until(() -> heldCount() == READS + WRITES
                && writes.stream().filter(CompletableFuture::isDone).count() == 1);
        stub(UpstreamStub.HELD_RELEASE);

        assertThat(reads.stream().map(CompletableFuture::join)).allSatisfy(a -> assertThat(a.statusCode()).isEqualTo(200));
        assertThat(writes.stream().map(CompletableFuture::join).map(HttpResponse::statusCode))
                .containsExactlyInAnyOrder(200, 200, 503);
    }

    @Test
    void aSlotIsFreeAgainOnceItsAnswerIsDone() {
        for (int round = 0; round < 2; round++) {
            List<CompletableFuture<HttpResponse<String>>> calls = IntStream.range(0, READS)
                    .mapToObj(i -> send("GET", "/api/v1/held/again/" + i)).toList();
            await().atMost(WAIT).until(() -> heldCount() == READS);
            stub(UpstreamStub.HELD_RELEASE);
            assertThat(calls.stream().map(CompletableFuture::join)).allSatisfy(a -> assertThat(a.statusCode()).isEqualTo(200));
        }
    }

    private CompletableFuture<HttpResponse<String>> send(String method, String path) {
        HttpRequest request = HttpRequest.newBuilder(gateway.resolve(path))
                .header("Authorization", "Bearer " + token)
                .method(method, method.equals("GET") ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString("{}"))
                .build();
        CompletableFuture<HttpResponse<String>> answer = http.sendAsync(request, HttpResponse.BodyHandlers.ofString());
        sent.add(answer);
        return answer;
    }

    private int heldCount() {
        return Integer.parseInt(stub(UpstreamStub.HELD_COUNT));
    }

    private String stub(String path) {
        URI base = URI.create(ConfigProvider.getConfig().getValue("asn.gateway.services.held.url", String.class));
        HttpResponse<String> answer = http.sendAsync(HttpRequest.newBuilder(base.resolve(path)).build(),
                HttpResponse.BodyHandlers.ofString()).join();
        assertThat(answer.statusCode()).isEqualTo(200);
        return answer.body();
    }
}
