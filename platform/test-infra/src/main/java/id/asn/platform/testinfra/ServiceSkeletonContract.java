package id.asn.platform.testinfra;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The service skeleton of ADR 0010, enforced: a service's test suite extends it
 * ({@code class SkeletonTest extends ServiceSkeletonContract {}} in the service's root package) and every rule runs
 * against the service's main classes. New services get the rules by writing that one line.
 */
public abstract class ServiceSkeletonContract extends TestNamingContract {

    private static final String PATH = "jakarta.ws.rs.Path";
    private static final String ENTITY = "jakarta.persistence.Entity";
    private static final String REST_CLIENT = "org.eclipse.microprofile.rest.client.inject.RegisterRestClient";

    private final String root = getClass().getPackageName();
    private final JavaClasses main = ModuleClasses.main(getClass());

    /** The service's production classes, e.g. for a service's own extra rules. */
    protected JavaClasses mainClasses() {
        return main;
    }

    @Test
    void readsTheServicesOwnClasses() {
        // every other rule would pass on nothing: make sure they look at the service's classes whenever it has some
        assertThat(main.stream().map(JavaClass::getName))
                .as("classes of %s read from the module's target/classes", root)
                .hasSize((int) ModuleClasses.countMain(getClass()));
    }

    @Test
    void packagesAreFreeOfCycles() {
        // every package its own slice, the root package included: config in the root that imports a feature
        // which imports the config is a cycle too
        slices().assignedFrom(new SliceAssignment() {
            @Override
            public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
                return SliceIdentifier.of(javaClass.getPackageName());
            }

            @Override
            public String getDescription() {
                return "the packages of " + root;
            }
        }).should().beFreeOfCycles().allowEmptyShould(true).check(main);
    }

    @Test
    void resourcesDoNotTouchPersistence() {
        noClasses().that(areResources()).should().dependOnClassesThat(arePersistence())
                .because("a resource calls one service of its feature; SQL, EntityManager, repositories and entities "
                        + "live behind it (ADR 0010)")
                .allowEmptyShould(true).check(main);
    }

    @Test
    void resourcesCallExactlyOneServiceOfTheirFeature() {
        classes().that(areResources()).should(callExactlyOneServiceOfTheirFeature())
                .allowEmptyShould(true).check(main);
    }

    @Test
    void transactionsAreNotOnResources() {
        noClasses().that(areResources()).should().beAnnotatedWith("jakarta.transaction.Transactional")
                .allowEmptyShould(true).check(main);
        methods().that().areDeclaredInClassesThat(areResources()).should()
                .notBeAnnotatedWith("jakarta.transaction.Transactional")
                .because("the service class is the transaction boundary (ADR 0010)")
                .allowEmptyShould(true).check(main);
    }

    @Test
    void servicesDoNotSpeakHttp() {
        noClasses().that().haveSimpleNameEndingWith("Service").should().dependOnClassesThat()
                .resideInAPackage("jakarta.ws.rs..")
                .because("services take and return domain values; the resource maps them to HTTP (ADR 0010)")
                .allowEmptyShould(true).check(main);
    }

    @Test
    void onlyTheirOwnResourceUsesAResourceAndItsNestedTypes() {
        noClasses().that(DescribedPredicate.not(areResources()).and(DescribedPredicate.not(nestedInAResource())))
                .should().dependOnClassesThat(areResources().or(nestedInAResource()))
                .because("request and response types have one home per feature, not inside a resource (ADR 0010)")
                .allowEmptyShould(true).check(main);
    }

    @Test
    void aFeatureDoesNotUseAnotherFeaturesEntity() {
        classes().should(notUseEntitiesOfOtherFeatures()).allowEmptyShould(true).check(main);
    }

    @Test
    void nothingImportsAnotherServicesCode() {
        noClasses().should().dependOnClassesThat(DescribedPredicate.describe("belong to another service or app",
                        (JavaClass c) -> c.getPackageName().startsWith("id.asn.")
                                && !c.getPackageName().startsWith("id.asn.platform.")
                                && !isWithin(c.getPackageName(), root)))
                .because("services share only platform/events and the kit; anything else travels as events or REST")
                .allowEmptyShould(true).check(main);
    }

    @Test
    void domainRulesArePureClasses() {
        classes().that().haveSimpleNameEndingWith("Rule").should().onlyDependOnClassesThat()
                .resideInAnyPackage("java..", root + "..")
                .because("a rule a regulation states is a pure class with a table test (ADR 0010)")
                .allowEmptyShould(true).check(main);
    }

    @Test
    void configurationIsOneMappingPerService() {
        Set<String> mappings = new TreeSet<>();
        main.stream().filter(c -> c.isAnnotatedWith("io.smallrye.config.ConfigMapping"))
                .forEach(c -> mappings.add(c.getName()));
        assertThat(mappings)
                .as("@ConfigMapping interfaces of %s (ADR 0010: one per service; the kit has asn.*)", root)
                .hasSizeLessThanOrEqualTo(1);
    }

    private static boolean isWithin(String pkg, String parent) {
        return pkg.equals(parent) || pkg.startsWith(parent + ".");
    }

    private static DescribedPredicate<JavaClass> areResources() {
        // a REST client interface carries @Path too, but it calls another service's resource rather than being one
        return DescribedPredicate.describe("are JAX-RS resources", ServiceSkeletonContract::isResource);
    }

    private static boolean isResource(JavaClass c) {
        return c.isAnnotatedWith(PATH) && !c.isAnnotatedWith(REST_CLIENT);
    }

    private static DescribedPredicate<JavaClass> nestedInAResource() {
        return DescribedPredicate.describe("are nested in a JAX-RS resource", (JavaClass c) ->
                c.getEnclosingClass().map(ServiceSkeletonContract::isResource).orElse(false));
    }

    private static DescribedPredicate<JavaClass> arePersistence() {
        return DescribedPredicate.describe("are persistence (JPA, Hibernate, Panache, JDBC, entities, repositories)",
                (JavaClass c) -> c.getPackageName().startsWith("jakarta.persistence")
                        || c.getPackageName().startsWith("org.hibernate")
                        || c.getPackageName().startsWith("io.quarkus.hibernate")
                        || c.getPackageName().startsWith("java.sql")
                        || c.getPackageName().startsWith("javax.sql")
                        || c.isAnnotatedWith(ENTITY)
                        || c.getSimpleName().endsWith("Repository"));
    }

    private String featureOf(JavaClass c) {
        String rest = c.getPackageName().length() > root.length() ? c.getPackageName().substring(root.length() + 1)
                : "";
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    private ArchCondition<JavaClass> notUseEntitiesOfOtherFeatures() {
        return new ArchCondition<>("not use an entity of another feature") {
            @Override
            public void check(JavaClass item, ConditionEvents events) {
                for (Dependency d : item.getDirectDependenciesFromSelf()) {
                    JavaClass target = d.getTargetClass();
                    if (target.isAnnotatedWith(ENTITY) && isWithin(target.getPackageName(), root)
                            && !featureOf(target).equals(featureOf(item))) {
                        events.add(SimpleConditionEvent.violated(item, d.getDescription()));
                    }
                }
            }
        };
    }

    private ArchCondition<JavaClass> callExactlyOneServiceOfTheirFeature() {
        return new ArchCondition<>("call exactly one service, of their own feature") {
            @Override
            public void check(JavaClass resource, ConditionEvents events) {
                Set<String> services = new TreeSet<>();
                for (Dependency d : resource.getDirectDependenciesFromSelf()) {
                    JavaClass target = d.getTargetClass();
                    if (target.getSimpleName().endsWith("Service") && isWithin(target.getPackageName(), root)) {
                        services.add(target.getName());
                    }
                }
                boolean ownFeature = services.size() == 1 && services.stream().allMatch(s ->
                        s.substring(0, s.lastIndexOf('.')).equals(resource.getPackageName()));
                events.add(new SimpleConditionEvent(resource, ownFeature, resource.getName() + " calls "
                        + (services.isEmpty() ? "no service" : String.join(", ", services))));
            }
        };
    }
}
