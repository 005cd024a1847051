package id.asn.gateway.bench;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.AbstractVerticle;
import io.vertx.core.DeploymentOptions;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServerRequest;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The service behind the gateway in {@link GatewayOverheadBenchmark}: a bare Vert.x handler on two event loops that
 * spends {@value #WORK_MICROS} µs of CPU per request (about what competency-service spends on a simple read, issue
 * 12) and answers a small JSON document, so that direct and through-the-gateway figures compare like a real read.
 * The CPU it spends in its handler is counted, to set the gateway's cost against it.
 */
public class BenchUpstream implements QuarkusTestResourceLifecycleManager {

    static final int WORK_MICROS = 400;
    static final String BODY = "{\"code\":\"K-01\",\"name\":\"Integritas\",\"kind\":\"MANAJERIAL\",\"levels\":[1,2,3,4,5],"
            + "\"description\":\"Konsisten berperilaku selaras dengan nilai, norma dan etika organisasi\"}";
    static final AtomicLong HANDLER_CPU_NANOS = new AtomicLong();
    /** The upstream's threads, so that a profile can set their samples apart from the gateway's. */
    static final Set<Long> THREAD_IDS = ConcurrentHashMap.newKeySet();
    static volatile String url;

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private Vertx vertx;

    @Override
    public Map<String, String> start() {
        vertx = Vertx.vertx();
        int port = freePort();
        try {
            vertx.deployVerticle(() -> new AbstractVerticle() {
                @Override
                public void start(io.vertx.core.Promise<Void> started) {
                    vertx.createHttpServer().requestHandler(BenchUpstream::answer).listen(port)
                            .<Void>mapEmpty().onComplete(started);
                }
            }, new DeploymentOptions().setInstances(2)).toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        url = "http://localhost:" + port;
        return Map.of("asn.gateway.services.bench.url", url);
    }

    @Override
    public void stop() {
        vertx.close();
    }

    private static void answer(HttpServerRequest request) {
        THREAD_IDS.add(Thread.currentThread().getId());
        request.body().onComplete(read -> {
            long started = THREADS.getCurrentThreadCpuTime();
            long until = started + WORK_MICROS * 1_000L;
            long spin = 0;
            while (THREADS.getCurrentThreadCpuTime() < until) {
                spin++;
            }
            HANDLER_CPU_NANOS.addAndGet(THREADS.getCurrentThreadCpuTime() - started);
            request.response().putHeader("Content-Type", "application/json")
                    .putHeader("X-Spin", Long.toString(spin & 1)).end(BODY);
        });
    }

    private static int freePort() {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
