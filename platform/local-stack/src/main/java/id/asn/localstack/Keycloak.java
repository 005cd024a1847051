package id.asn.localstack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * A Keycloak server as one process of the stack ({@code ./asn up --idp keycloak}): the keycloak-quarkus-dist zip
 * that Maven copies to {@code platform/local-stack/target/keycloak}, unpacked once into the state directory and
 * started with {@code kc.sh start-dev}, realm {@code asn} imported from {@code deploy/keycloak/asn-realm.json}.
 * Keycloak keeps its own data (dev-file store) in the unpacked server's {@code data} folder; when the realm file
 * changes, that store is dropped so that the next start imports the new realm. Choices:
 * docs/adr/0014-keycloak-local.md.
 */
final class Keycloak {
    static final String NAME = "keycloak";
    static final String REALM = "asn";
    static final int MINIMUM_JAVA = 21;
    static final String JAVA_HOME_VARIABLE = "ASN_KEYCLOAK_JAVA_HOME";
    static final String REALM_FILE = "deploy/keycloak/asn-realm.json";
    private static final String DISTRIBUTION_DIR = "platform/local-stack/target/keycloak";
    private static final String UNPACKED_MARKER = ".asn-unpacked";
    private static final String IMPORTED_REALM_HASH = "imported-realm.sha256";

    private final Path projectDir;
    private final Path dir;

    /** @param dir the stack's {@code <state>/keycloak} */
    Keycloak(Path projectDir, Path dir) {
        this.projectDir = projectDir;
        this.dir = dir;
    }

    /** The issuer of the realm's tokens, also the base of its OpenID discovery document. */
    static URI issuer(int port) {
        return URI.create("http://localhost:" + port + "/realms/" + REALM);
    }

    static URI discovery(int port) {
        return URI.create(issuer(port) + "/.well-known/openid-configuration");
    }

    Path realmFile() {
        return projectDir.resolve(REALM_FILE);
    }

    /**
     * Unpacks the server when this state directory has none yet, puts the realm where {@code --import-realm} reads
     * it and starts {@code kc.sh start-dev} on {@code port}. The first start also builds (augments) the server.
     */
    ProcessHandle launch(Processes processes, Path javaHome, int port, Map<String, String> adminEnv) {
        Path home = install();
        importRealm(home);
        List<String> command = new ArrayList<>(List.of("sh", home.resolve("bin/kc.sh").toString()));
        // kc.sh hands -D options to the JVM, so the process carries the markers that Processes looks for
        command.addAll(processes.markers(NAME));
        command.addAll(List.of("start-dev", "--import-realm",
                "--http-port=" + port,
                // the full URL pins the issuer: tokens carry it whatever Host header the request had
                "--hostname=http://localhost:" + port,
                "--http-host=127.0.0.1"));
        Map<String, String> env = new java.util.LinkedHashMap<>(adminEnv);
        env.put("JAVA_HOME", javaHome.toString());
        env.put("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx512m");
        return processes.launch(NAME, command, env);
    }

    /** Records that the realm now in the server's store is the one of the realm file. Call once it is ready. */
    void realmImported() {
        try {
            Files.writeString(dir.resolve(IMPORTED_REALM_HASH), sha256(realmFile()) + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether this state directory holds a server that has not started yet (the first start also builds it). */
    boolean firstStart() {
        return !Files.exists(dir.resolve(IMPORTED_REALM_HASH));
    }

    private Path install() {
        Path zip = distribution();
        String top = topDirectory(zip);
        Path home = dir.resolve(top);
        if (Files.exists(home.resolve(UNPACKED_MARKER))) {
            return home;
        }
        deleteRecursively(home);
        try (ZipFile archive = new ZipFile(zip.toFile())) {
            for (ZipEntry entry : java.util.Collections.list(archive.entries())) {
                Path target = dir.resolve(entry.getName()).normalize();
                if (!target.startsWith(dir)) {
                    throw new StackException(zip + " has an entry outside its folder: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                    continue;
                }
                Files.createDirectories(target.getParent());
                try (InputStream in = archive.getInputStream(entry)) {
                    Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
            // java.util.zip drops the Unix modes; the scripts are what a person runs by hand
            try (Stream<Path> scripts = Files.list(home.resolve("bin"))) {
                scripts.filter(p -> p.toString().endsWith(".sh")).forEach(p -> p.toFile().setExecutable(true));
            }
            Files.writeString(home.resolve(UNPACKED_MARKER), zip.getFileName() + "\n");
        } catch (IOException e) {
            throw new StackException("cannot unpack " + zip + " into " + dir + ": " + e.getMessage(), e);
        }
        return home;
    }

    private Path distribution() {
        Path folder = projectDir.resolve(DISTRIBUTION_DIR);
        Optional<Path> zip = Optional.empty();
        if (Files.isDirectory(folder)) {
            try (Stream<Path> files = Files.list(folder)) {
                zip = files.filter(p -> p.getFileName().toString().matches("keycloak-quarkus-dist-.*\\.zip"))
                        .max(Comparator.naturalOrder());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return zip.orElseThrow(() -> new StackException("no Keycloak distribution in " + folder
                + "; run ./mvnw -q -B -DskipTests -pl platform/local-stack package (Maven fetches it)"));
    }

    private static String topDirectory(Path zip) {
        try (ZipFile archive = new ZipFile(zip.toFile())) {
            String first = archive.entries().nextElement().getName();
            return first.substring(0, first.indexOf('/'));
        } catch (IOException | RuntimeException e) {
            throw new StackException("cannot read " + zip + ": " + e.getMessage(), e);
        }
    }

    /** A realm file that differs from the imported one drops the server's store: --import-realm skips existing realms. */
    private void importRealm(Path home) {
        Path file = realmFile();
        if (!Files.isRegularFile(file)) {
            throw new StackException("no realm file at " + file);
        }
        try {
            Path hashFile = dir.resolve(IMPORTED_REALM_HASH);
            String imported = Files.exists(hashFile) ? Files.readString(hashFile).strip() : "";
            if (!imported.equals(sha256(file))) {
                deleteRecursively(home.resolve("data/h2"));
                Files.deleteIfExists(hashFile);
            }
            Path importDir = Files.createDirectories(home.resolve("data/import"));
            Files.copy(file, importDir.resolve(REALM + "-realm.json"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new StackException("cannot put the realm into " + home + ": " + e.getMessage(), e);
        }
    }

    private static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    private static void deleteRecursively(Path path) {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(path)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new StackException("cannot delete " + path + ": " + e.getMessage(), e);
        }
    }
}
