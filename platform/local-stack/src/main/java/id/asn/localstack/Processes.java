package id.asn.localstack;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;

/**
 * The processes of one stack, tracked by pid files under {@code <state>/pids}. A pid only counts as ours when
 * its command line carries both markers {@code -Dlocal-stack.state=<state dir>} and
 * {@code -Dlocal-stack.process=<name>}, so a stale pid file whose number the kernel has since reused never makes
 * us stop a stranger's process. The markers stay outside {@code asn.*}: the kit's configuration mapping owns that
 * prefix and refuses keys it does not know.
 */
final class Processes {
    private static final boolean HAS_SETSID = new File("/usr/bin/setsid").canExecute() || new File("/bin/setsid").canExecute();

    private static final String START_MARKER = "---- ";

    private final Path stateDir;
    private final Path pidDir;
    private final Path logDir;

    Processes(Path stateDir) {
        this.stateDir = stateDir;
        this.pidDir = stateDir.resolve("pids");
        this.logDir = stateDir.resolve("logs");
    }

    Path logFile(String name) {
        return logDir.resolve(name + ".log");
    }

    static Path javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java");
    }

    /**
     * Starts {@code java <jvmArgs>} detached from this JVM and its terminal (own session, stdin from /dev/null,
     * output appended to the log), so it outlives the launcher and a Ctrl-C in the shell does not reach it.
     */
    ProcessHandle launchJava(String name, List<String> jvmArgs, Map<String, String> env) {
        Process process = launchJava(name, jvmArgs, env, true);
        return process.toHandle();
    }

    /** The same, for a helper that does its work and exits: no pid file, the caller waits for it. */
    Process launchHelper(String name, List<String> jvmArgs, Map<String, String> env) {
        return launchJava(name, jvmArgs, env, false);
    }

    /**
     * Starts another program the same way; {@code command} must carry {@link #markers(String)} among its arguments
     * (a launcher script that hands them to its JVM, such as Keycloak's kc.sh, keeps them in both command lines).
     */
    ProcessHandle launch(String name, List<String> command, Map<String, String> env) {
        if (!command.containsAll(markers(name))) {
            throw new IllegalArgumentException("the command of " + name + " lacks the markers " + markers(name));
        }
        return start(name, command, env, true).toHandle();
    }

    /** The two arguments that make a process ours: see the class comment. */
    List<String> markers(String name) {
        return List.of("-Dlocal-stack.state=" + stateDir, "-Dlocal-stack.process=" + name);
    }

    private Process launchJava(String name, List<String> jvmArgs, Map<String, String> env, boolean tracked) {
        List<String> command = new ArrayList<>();
        command.add(javaBinary().toString());
        command.addAll(markers(name));
        command.addAll(jvmArgs);
        return start(name, command, env, tracked);
    }

    private Process start(String name, List<String> program, Map<String, String> env, boolean tracked) {
        List<String> command = new ArrayList<>();
        if (HAS_SETSID) {
            command.add("setsid");
        }
        command.addAll(program);
        try {
            Files.createDirectories(pidDir);
            Files.createDirectories(logDir);
            Path log = logFile(name);
            Files.writeString(log, START_MARKER + java.time.OffsetDateTime.now() + " starting " + name + "\n",
                    StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            builder.environment().putAll(env);
            Process process = builder.start();
            // setsid execs in place (a fresh child is never a group leader), so this pid is the program's
            if (tracked) {
                Files.writeString(pidFile(name), Long.toString(process.pid()));
            }
            return process;
        } catch (IOException e) {
            throw new StackException("cannot start " + name + ": " + e.getMessage(), e);
        }
    }

    /** The live process of that name, if ours; a stale pid file is removed on the way. */
    Optional<ProcessHandle> running(String name) {
        Path file = pidFile(name);
        OptionalLong pid = readPid(file);
        if (pid.isEmpty()) {
            return Optional.empty();
        }
        Optional<ProcessHandle> handle = ProcessHandle.of(pid.getAsLong())
                .filter(ProcessHandle::isAlive)
                .filter(p -> isOurs(p.pid(), name));
        if (handle.isEmpty()) {
            deleteQuietly(file);
        }
        return handle;
    }

    /** SIGTERM, then SIGKILL after the grace period. Returns false when nothing of that name was running. */
    boolean stop(String name, Duration grace) {
        Optional<ProcessHandle> handle = running(name);
        if (handle.isEmpty()) {
            return false;
        }
        terminate(handle.get(), grace);
        deleteQuietly(pidFile(name));
        return true;
    }

    /**
     * SIGKILL at once, as a crash or the kernel's OOM killer would end it: no shutdown hook, no graceful close of
     * connections or transactions. Returns false when nothing of that name was running.
     */
    boolean kill(String name) {
        Optional<ProcessHandle> handle = running(name);
        if (handle.isEmpty()) {
            return false;
        }
        handle.get().destroyForcibly();
        handle.get().onExit().orTimeout(10, TimeUnit.SECONDS).join();
        deleteQuietly(pidFile(name));
        return true;
    }

    static void terminate(ProcessHandle process, Duration grace) {
        process.destroy();
        try {
            process.onExit().get(grace.toMillis(), TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            // a launcher script (kc.sh) waits for its JVM: kill that too, or it would outlive the script
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            process.onExit().orTimeout(10, TimeUnit.SECONDS).join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Last lines of a process's log from its latest start, for error messages. */
    String tail(String name, int lines) {
        Path log = logFile(name);
        if (!Files.exists(log)) {
            return "(no log at " + log + ")";
        }
        try {
            List<String> all = Files.readAllLines(log, StandardCharsets.UTF_8);
            int from = 0;
            for (int i = all.size() - 1; i >= 0; i--) {
                if (all.get(i).startsWith(START_MARKER)) {
                    from = i + 1;
                    break;
                }
            }
            return String.join("\n", all.subList(Math.max(from, all.size() - lines), all.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(cannot read " + log + ": " + e.getMessage() + ")";
        }
    }

    /** Resident set size in KiB, from /proc (Linux); empty elsewhere. */
    static OptionalLong rssKib(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return OptionalLong.of(Long.parseLong(line.replaceAll("[^0-9]", "")));
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux, or the process just exited
        }
        return OptionalLong.empty();
    }

    private boolean isOurs(long pid, String name) {
        return commandLine(pid).containsAll(markers(name));
    }

    private static List<String> commandLine(long pid) {
        Path cmdline = Path.of("/proc", Long.toString(pid), "cmdline");
        if (Files.isReadable(cmdline)) {
            try {
                return Arrays.asList(new String(Files.readAllBytes(cmdline), StandardCharsets.UTF_8).split("\0"));
            } catch (IOException e) {
                return List.of();
            }
        }
        return ProcessHandle.of(pid).flatMap(p -> p.info().arguments()).map(Arrays::asList).orElse(List.of());
    }

    private Path pidFile(String name) {
        return pidDir.resolve(name + ".pid");
    }

    private static OptionalLong readPid(Path file) {
        try {
            return OptionalLong.of(Long.parseLong(Files.readString(file).trim()));
        } catch (IOException | NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // a pid file we cannot delete is re-checked (and ignored) on the next run
        }
    }
}
