package id.asn.localstack;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProcessesTest {
    @TempDir
    Path state;

    @Test
    void aPidFileNamingSomeoneElsesProcessIsStaleAndThatProcessIsLeftAlone() throws Exception {
        Files.createDirectories(state.resolve("pids"));
        // this test JVM is alive but carries no -Dlocal-stack.state marker for this state directory
        Files.writeString(state.resolve("pids/gateway.pid"), Long.toString(ProcessHandle.current().pid()));
        Processes processes = new Processes(state);

        assertTrue(processes.running("gateway").isEmpty());
        assertFalse(processes.stop("gateway", Duration.ofSeconds(1)));
        assertFalse(Files.exists(state.resolve("pids/gateway.pid")));
    }

    @Test
    void aLaunchedProcessIsFoundByItsPidFileAndStopped() {
        Processes processes = new Processes(state);
        ProcessHandle launched = processes.launchJava("sleeper", java.util.List.of("-Xmx16m", "-version"), java.util.Map.of());
        launched.onExit().join();
        assertTrue(processes.running("sleeper").isEmpty(), "an exited process is not running");

        ProcessHandle server = processes.launchJava("server", java.util.List.of("-Xmx32m", "-cp", System.getProperty("java.class.path"),
                Sleeper.class.getName()), java.util.Map.of());
        org.junit.jupiter.api.Assertions.assertEquals(server.pid(),
                awaitRunning(processes, "server").pid());
        assertTrue(processes.stop("server", Duration.ofSeconds(10)));
        assertFalse(server.isAlive());
        assertFalse(Files.exists(state.resolve("pids/server.pid")));
    }

    @Test
    void aKilledProcessEndsAtOnceWithoutItsShutdownHooks() {
        Processes processes = new Processes(state);
        Path hookRan = state.resolve("hook-ran");
        ProcessHandle server = processes.launchJava("server", java.util.List.of("-Xmx32m", "-cp", System.getProperty("java.class.path"),
                Sleeper.class.getName(), hookRan.toString()), java.util.Map.of());
        awaitRunning(processes, "server");
        awaitArmed(hookRan);

        assertTrue(processes.kill("server"));
        assertFalse(server.isAlive());
        assertFalse(Files.exists(state.resolve("pids/server.pid")));
        // SIGKILL, as a crash: a graceful stop would have run the hook that writes this file
        assertFalse(Files.exists(hookRan));
        assertFalse(processes.kill("server"), "nothing of that name runs any more");
    }

    @Test
    void aStoppedProcessRunsItsShutdownHooks() {
        Processes processes = new Processes(state);
        Path hookRan = state.resolve("hook-ran");
        processes.launchJava("server", java.util.List.of("-Xmx32m", "-cp", System.getProperty("java.class.path"),
                Sleeper.class.getName(), hookRan.toString()), java.util.Map.of());
        awaitRunning(processes, "server");
        awaitArmed(hookRan);

        assertTrue(processes.stop("server", Duration.ofSeconds(10)));
        assertTrue(Files.exists(hookRan));
    }

    /** The sleeper has registered its shutdown hook: a signal before that would prove nothing about hooks. */
    private static void awaitArmed(Path hookFile) {
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(10))
                .until(() -> Files.exists(Path.of(hookFile + ".armed")));
    }

    /** The command line is the JVM's only once setsid has exec'd it; until then the pid is not yet "ours". */
    private static ProcessHandle awaitRunning(Processes processes, String name) {
        return org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(10))
                .until(() -> processes.running(name), java.util.Optional::isPresent).orElseThrow();
    }

    public static final class Sleeper {
        public static void main(String[] args) throws InterruptedException {
            if (args.length == 1) {
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        Files.writeString(Path.of(args[0]), "stopped");
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }));
                try {
                    Files.writeString(Path.of(args[0] + ".armed"), "hook registered");
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
            new java.util.concurrent.CountDownLatch(1).await();
        }
    }
}
