package id.asn.platform.kit;

import static io.restassured.RestAssured.given;

import id.asn.platform.kit.caller.Roles;
import id.asn.platform.testinfra.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Measures (never asserts) a read with a token this process verified before against the same read with a token it
 * has never seen (signature, issuer, audience and lifetime verified in full), sequentially over HTTP in the same
 * run. Run with {@code bench/run token-cache}; figures in {@code target/token-cache-benchmark.txt}.
 */
@QuarkusTest
@Tag("benchmark")
class TokenCacheBenchmark {

    private static final int REQUESTS = Integer.getInteger("bench.token.requests", 500);

    @Test
    void cachedAgainstUncachedVerification() throws Exception {
        List<String> fresh = new ArrayList<>(REQUESTS * 2);
        for (int i = 0; i < REQUESTS * 2; i++) {
            fresh.add(TestTokens.user("bench").roles(Roles.HR_ADMIN).subject("bench-" + i).sign());
        }
        String known = TestTokens.user("bench").roles(Roles.HR_ADMIN).subject("bench-known").sign();
        // warm both paths
        run(fresh.subList(0, REQUESTS), null);
        run(null, known);
        double uncached = run(fresh.subList(REQUESTS, REQUESTS * 2), null);
        double cached = run(null, known);
        List<String> report = List.of(String.format("%,d sequential GET /api/v1/probes: a token never seen before "
                + "%.0f µs per request, a token verified before %.0f µs per request (%.0f µs saved, %.2f of the "
                + "uncached time)", REQUESTS, uncached, cached, uncached - cached, cached / uncached));
        report.forEach(line -> System.out.println("[benchmark] token-cache " + line));
        Files.write(Path.of("target", "token-cache-benchmark.txt"), report);
    }

    /** Microseconds per request, each with the next of {@code tokens} or always {@code token}. */
    private static double run(List<String> tokens, String token) {
        long start = System.nanoTime();
        for (int i = 0; i < REQUESTS; i++) {
            given().auth().oauth2(tokens == null ? token : tokens.get(i)).get("/api/v1/probes").then().statusCode(200);
        }
        return (System.nanoTime() - start) / 1e3 / REQUESTS;
    }
}
