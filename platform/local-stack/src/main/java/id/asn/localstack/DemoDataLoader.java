package id.asn.localstack;

/**
 * Loads the demo data (three regional governments: Palembang, Tanjungpinang, Sawahlunto) into a freshly started
 * stack, through the gateway with tokens from the dev issuer. Found with {@link java.util.ServiceLoader}: an
 * implementation registers itself in {@code META-INF/services/id.asn.localstack.DemoDataLoader}. It runs once
 * per state directory (marker {@code .asn/demo-loaded}); it must use only the JDK, because a module using
 * this jar as a library (system-tests) does not get this module's optional dependencies.
 */
public interface DemoDataLoader {
    void load(StackUrls urls, DevAuth auth) throws Exception;
}
