package id.asn.platform.testinfra;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import org.junit.jupiter.api.Test;

/**
 * The repository's one test naming convention (ADR 0010), checked on a module's test classes: {@code <Rule>Test}
 * for plain unit tests, {@code <Feature>ApiTest} for a {@code @QuarkusTest} that drives the API, {@code
 * <Contract>ContractTest} for a module's instance of a shared contract, {@code <Subject>Benchmark} for
 * measurements (tag {@code benchmark}); methods are camelCase sentences. A module without the service skeleton
 * (the gateway) extends this directly, in its root package.
 */
public abstract class TestNamingContract {

    private final JavaClasses tests = ModuleClasses.tests(getClass());

    @Test
    void testClassesFollowTheNamingConvention() {
        classes().that(runTests()).and(DescribedPredicate.not(areBenchmarks()))
                .should().haveSimpleNameEndingWith("Test")
                .allowEmptyShould(true).check(tests);
        classes().that().areAnnotatedWith("io.quarkus.test.junit.QuarkusTest")
                .and(DescribedPredicate.not(areBenchmarks()))
                .should().haveSimpleNameEndingWith("ApiTest").orShould().haveSimpleNameEndingWith("ContractTest")
                .because("a reader tells the tests that start the application from the plain rule tests by name")
                .allowEmptyShould(true).check(tests);
        classes().that(areBenchmarks()).should().haveSimpleNameEndingWith("Benchmark")
                .allowEmptyShould(true).check(tests);
    }

    @Test
    void testMethodsAreCamelCaseSentences() {
        methods().that().areAnnotatedWith("org.junit.jupiter.api.Test")
                .or().areAnnotatedWith("org.junit.jupiter.params.ParameterizedTest")
                .should().haveNameNotMatching(".*_.*")
                .allowEmptyShould(true).check(tests);
    }

    private static DescribedPredicate<JavaClass> runTests() {
        return DescribedPredicate.describe("run tests", (JavaClass c) -> !c.getModifiers()
                .contains(JavaModifier.ABSTRACT) && c.isTopLevelClass()
                && (c.isAnnotatedWith("io.quarkus.test.junit.QuarkusTest") || c.getAllMethods().stream()
                .anyMatch(m -> m.isAnnotatedWith("org.junit.jupiter.api.Test")
                        || m.isAnnotatedWith("org.junit.jupiter.params.ParameterizedTest"))));
    }

    private static DescribedPredicate<JavaClass> areBenchmarks() {
        return DescribedPredicate.describe("are benchmarks", (JavaClass c) -> c.tryGetAnnotationOfType(
                "org.junit.jupiter.api.Tag").map(t -> "benchmark".equals(t.get("value").orElse(null)))
                .orElse(false));
    }
}
