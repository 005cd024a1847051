package id.asn.career.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A port that accepts connections and never answers: the real condition of a competency-service that hangs,
 * for the fault-tolerance path of the job-fit client (ADR 0017). It is not a stand-in for competency-service's
 * behaviour (no answer is ever faked); the happy path runs against the real service in system-tests. It also
 * shortens the client's timeout and backoff through their configuration keys, so the tests stay quick.
 */
public class SilentCompetencyService implements QuarkusTestResourceLifecycleManager {

    private ServerSocket server;
    private final List<Socket> held = new ArrayList<>();

    @Override
    public Map<String, String> start() {
        try {
            server = new ServerSocket(0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        Thread acceptor = new Thread(() -> {
            while (!server.isClosed()) {
                try {
                    Socket socket = server.accept();
                    synchronized (held) {
                        held.add(socket);
                    }
                } catch (IOException closed) {
                    return;
                }
            }
        }, "silent-competency-service");
        acceptor.setDaemon(true);
        acceptor.start();
        String fetch = "id.asn.career.jobfit.JobFitLookup/fetch/";
        return Map.of("quarkus.rest-client.competency.url", "http://localhost:" + server.getLocalPort(),
                fetch + "Timeout/value", "300",
                fetch + "Retry/delay", "50",
                fetch + "CircuitBreaker/delay", "60000");
    }

    @Override
    public void stop() {
        try {
            server.close();
            synchronized (held) {
                for (Socket socket : held) {
                    socket.close();
                }
            }
        } catch (IOException ignored) {
            // the JVM ends next
        }
    }
}
