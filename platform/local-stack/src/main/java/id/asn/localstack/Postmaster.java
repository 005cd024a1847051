package id.asn.localstack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The PostgreSQL server of a data directory, found through the server's own {@code postmaster.pid}: it is the
 * pid file of the local stack's database.
 */
final class Postmaster {
    private Postmaster() {
    }

    static Optional<ProcessHandle> of(Path dataDir) {
        Path pidFile = dataDir.resolve("postmaster.pid");
        try {
            List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
            if (lines.isEmpty()) {
                return Optional.empty();
            }
            long pid = Long.parseLong(lines.get(0).trim());
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).filter(p -> servesDataDir(p, dataDir));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Fast shutdown (SIGINT: roll back open transactions, disconnect clients), then SIGKILL if it hangs. */
    static void stop(ProcessHandle postmaster) {
        try {
            new ProcessBuilder("kill", "-INT", Long.toString(postmaster.pid())).inheritIO().start().waitFor();
            postmaster.onExit().get(Duration.ofSeconds(30).toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            postmaster.destroyForcibly();
        } catch (IOException | java.util.concurrent.ExecutionException e) {
            throw new StackException("cannot stop PostgreSQL (pid " + postmaster.pid() + "): " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The pid in a stale postmaster.pid may since belong to another program; the command line tells. */
    private static boolean servesDataDir(ProcessHandle process, Path dataDir) {
        Path cmdline = Path.of("/proc", Long.toString(process.pid()), "cmdline");
        try {
            List<String> args = List.of(new String(Files.readAllBytes(cmdline), StandardCharsets.UTF_8).split("\0"));
            int d = args.indexOf("-D");
            return !args.isEmpty() && args.get(0).endsWith("postgres") && d >= 0 && d + 1 < args.size()
                    && Path.of(args.get(d + 1)).toAbsolutePath().normalize().equals(dataDir.toAbsolutePath().normalize());
        } catch (IOException e) {
            return false;
        }
    }
}
