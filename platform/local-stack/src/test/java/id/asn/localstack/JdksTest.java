package id.asn.localstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JdksTest {
    @TempDir
    Path jvms;

    @Test
    void theVersionIsTheFeatureReleaseOfTheReleaseFile() throws IOException {
        assertEquals(OptionalInt.of(17), Jdks.featureVersion(jdk("a", "17.0.15")));
        assertEquals(OptionalInt.of(25), Jdks.featureVersion(jdk("b", "25")));
        assertEquals(OptionalInt.of(26), Jdks.featureVersion(jdk("c", "26-ea")));
        assertEquals(OptionalInt.of(8), Jdks.featureVersion(jdk("d", "1.8.0_402")));
        assertEquals(OptionalInt.empty(), Jdks.featureVersion(jvms.resolve("missing")));
    }

    @Test
    void withoutAChoiceTheNewestJdkOfTheMinimumOrAboveIsTaken() throws IOException {
        Path current = jdk("java-17-openjdk-amd64", "17.0.15");
        jdk("temurin-21-jdk-amd64", "21.0.5");
        Path newest = jdk("temurin-25-jdk-amd64", "25.0.1");
        Files.createDirectories(jvms.resolve("not-a-jdk"));

        assertEquals(newest, Jdks.find(21, Optional.empty(), current, List.of(jvms), "ASN_KEYCLOAK_JAVA_HOME", "Keycloak"));
    }

    @Test
    void aRunningJvmThatIsNewEnoughIsTakenAsItIs() throws IOException {
        Path current = jdk("current", "21.0.5");
        jdk("temurin-25-jdk-amd64", "25.0.1");

        assertEquals(current, Jdks.find(21, Optional.empty(), current, List.of(jvms), "ASN_KEYCLOAK_JAVA_HOME", "Keycloak"));
    }

    @Test
    void aNamedJdkMustBeNewEnough() throws IOException {
        Path current = jdk("current", "17.0.15");
        Path old = jdk("old", "17.0.2");
        jdk("temurin-25-jdk-amd64", "25.0.1");

        StackException e = assertThrows(StackException.class,
                () -> Jdks.find(21, Optional.of(old), current, List.of(jvms), "ASN_KEYCLOAK_JAVA_HOME", "Keycloak"));
        assertTrue(e.getMessage().startsWith("ASN_KEYCLOAK_JAVA_HOME=" + old + " is Java 17"), e.getMessage());
    }

    @Test
    void noneNewEnoughSaysWhatToInstallOrSet() throws IOException {
        Path current = jdk("current", "17.0.15");

        StackException e = assertThrows(StackException.class,
                () -> Jdks.find(21, Optional.empty(), current, List.of(jvms), "ASN_KEYCLOAK_JAVA_HOME", "Keycloak"));
        assertTrue(e.getMessage().contains("Keycloak needs Java 21 or newer"), e.getMessage());
        assertTrue(e.getMessage().contains("ASN_KEYCLOAK_JAVA_HOME"), e.getMessage());
    }

    private Path jdk(String name, String version) throws IOException {
        Path home = Files.createDirectories(jvms.resolve(name));
        Path java = Files.createDirectories(home.resolve("bin")).resolve("java");
        Files.writeString(java, "#!/bin/sh\n");
        java.toFile().setExecutable(true);
        Files.writeString(home.resolve("release"), "IMPLEMENTOR=\"test\"\nJAVA_VERSION=\"" + version + "\"\n");
        return home;
    }
}
