package id.asn.platform.kit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import id.asn.platform.kit.caller.Roles;
import id.asn.platform.testinfra.TestDatabase;
import id.asn.platform.testinfra.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * {@code @Idempotent} (ADR 0023): a retry gets the first answer and does nothing again, concurrent retries wait for
 * the first one, the same key with other bytes is a 409, a failed attempt keeps no key, keys are per tenant.
 */
@QuarkusTest
class IdempotentWritesApiTest {

    private static final String PROBLEM = "application/problem+json";

    private static RequestSpecification as(String tenant, String key) {
        return given().auth().oauth2(TestTokens.user(tenant).roles(Roles.HR_ADMIN).sign())
                .contentType("application/json").header("Idempotency-Key", key);
    }

    private static String batch(String name) {
        return "{\"rows\":[{\"name\":\"" + name + "\",\"nip\":\"198609262015051001\"}]}";
    }

    @Test
    void aRetryGetsTheFirstAnswerAndWritesNothingAgain() throws SQLException {
        String name = "retry-" + UUID.randomUUID();
        String key = UUID.randomUUID().toString();
        ExtractableResponse<Response> first = as("idem-a", key).body(batch(name)).post("/api/v1/probes/batch")
                .then().statusCode(200).extract();
        assertThat(first.header("Idempotent-Replayed")).isNull();
        ExtractableResponse<Response> retry = as("idem-a", key).body(batch(name)).post("/api/v1/probes/batch")
                .then().statusCode(200).header("Idempotent-Replayed", "true").extract();
        assertThat(retry.asString()).isEqualTo(first.asString());
        assertThat(probes(name)).isEqualTo(1);
        assertThat(outboxRows(name)).isEqualTo(1);
    }

    @Test
    void theSameKeyWithOtherBytesIsAConflictEvenWhenTheyParseTheSame() throws SQLException {
        String name = "bytes-" + UUID.randomUUID();
        String key = UUID.randomUUID().toString();
        as("idem-a", key).body(batch(name)).post("/api/v1/probes/batch").then().statusCode(200);
        // the same document with other whitespace: the digest is of the bytes received, not of the parsed body
        as("idem-a", key).body(batch(name).replace(",", ", ")).post("/api/v1/probes/batch")
                .then().statusCode(409).contentType(PROBLEM);
        as("idem-a", key).body(batch(name + "-other")).post("/api/v1/probes/batch")
                .then().statusCode(409).contentType(PROBLEM);
        assertThat(probes(name)).isEqualTo(1);
        assertThat(probes(name + "-other")).isZero();
    }

    @Test
    void aFailedAttemptKeepsNoKeyAndLeavesNothingWritten() throws SQLException {
        String key = UUID.randomUUID().toString();
        as("idem-a", key).body(batch("refuse-after-writing")).post("/api/v1/probes/batch")
                .then().statusCode(422).contentType(PROBLEM);
        as("idem-a", key).body("{\"rows\":[]}").post("/api/v1/probes/batch").then().statusCode(400);
        String name = "after-failure-" + UUID.randomUUID();
        as("idem-a", key).body(batch(name)).post("/api/v1/probes/batch").then().statusCode(200)
                .header("Idempotent-Replayed", (String) null);
        assertThat(probes(name)).isEqualTo(1);
        assertThat(keys(key)).isEqualTo(1);
    }

    @Test
    void concurrentRetriesWaitForTheFirstAndGetItsAnswer() throws SQLException {
        String name = "concurrent-" + UUID.randomUUID();
        String key = UUID.randomUUID().toString();
        List<CompletableFuture<ExtractableResponse<Response>>> calls = java.util.stream.IntStream.range(0, 4)
                .mapToObj(i -> CompletableFuture.supplyAsync(() -> as("idem-a", key).body(batch(name))
                        .post("/api/v1/probes/batch").then().extract()))
                .toList();
        List<ExtractableResponse<Response>> answers = calls.stream().map(CompletableFuture::join).toList();
        assertThat(answers).allSatisfy(answer -> assertThat(answer.statusCode()).isEqualTo(200));
        assertThat(answers.stream().map(ExtractableResponse::asString).distinct()).hasSize(1);
        assertThat(answers.stream().filter(answer -> answer.header("Idempotent-Replayed") == null)).hasSize(1);
        assertThat(probes(name)).isEqualTo(1);
    }

    @Test
    void aKeyBelongsToItsTenant() throws SQLException {
        String name = "tenant-" + UUID.randomUUID();
        String key = UUID.randomUUID().toString();
        as("idem-a", key).body(batch(name)).post("/api/v1/probes/batch").then().statusCode(200);
        as("idem-b", key).body(batch(name)).post("/api/v1/probes/batch").then().statusCode(200)
                .header("Idempotent-Replayed", (String) null);
        assertThat(probes(name)).isEqualTo(2);
    }

    @Test
    void anOverlongKeyIsRefusedNamingTheHeader() {
        as("idem-a", "k".repeat(201)).body(batch("long")).post("/api/v1/probes/batch")
                .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("Idempotency-Key"));
    }

    private long probes(String name) throws SQLException {
        return count("select count(*) from probe where name = ?", name);
    }

    private long outboxRows(String name) throws SQLException {
        return count("select count(*) from outbox_event where payload::text like ?", "%" + name + "%");
    }

    private long keys(String key) throws SQLException {
        return count("select count(*) from idempotency_key where idem_key = ?", key);
    }

    private long count(String sql, String value) throws SQLException {
        try (Connection connection = TestDatabase.superuser(); PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, value);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
