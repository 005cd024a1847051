package id.asn.platform.testinfra;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The compiled classes of the module a contract test runs in, read from its own output folders: importing by
 * package name would scan every jar of the test classpath for the package (seconds per module), and the classes
 * of this module are exactly the ones next to the test class.
 */
final class ModuleClasses {

    private ModuleClasses() {
    }

    /** {@code target/classes} of the module of {@code testClass}, only the packages under its own. */
    static JavaClasses main(Class<?> testClass) {
        return importFrom(testClasses(testClass).resolveSibling("classes"), testClass.getPackageName());
    }

    /** {@code target/test-classes} of the module of {@code testClass}, only the packages under its own. */
    static JavaClasses tests(Class<?> testClass) {
        return importFrom(testClasses(testClass), testClass.getPackageName());
    }

    /** How many class files the module has under its own package, counted without ArchUnit. */
    static long countMain(Class<?> testClass) {
        Path folder = testClasses(testClass).resolveSibling("classes")
                .resolve(testClass.getPackageName().replace('.', '/'));
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        try (var files = Files.walk(folder)) {
            return files.filter(f -> f.toString().endsWith(".class") && !f.endsWith("package-info.class")).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JavaClasses importFrom(Path folder, String root) {
        // a service without production classes yet (a new one) has no target/classes at all
        List<Path> paths = Files.isDirectory(folder) ? List.of(folder) : List.of();
        return new ClassFileImporter()
                .withImportOption(location -> location.contains("/" + root.replace('.', '/') + "/"))
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_PACKAGE_INFOS)
                .importPaths(paths);
    }

    private static Path testClasses(Class<?> testClass) {
        try {
            return Path.of(testClass.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot locate the compiled tests of " + testClass.getName(), e);
        }
    }
}
