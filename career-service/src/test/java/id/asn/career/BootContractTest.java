package id.asn.career;

import id.asn.platform.testinfra.ServiceBootContract;
import io.quarkus.test.junit.QuarkusTest;

/** career-service once started: health, its OpenAPI guide for integrators, Swagger UI and metrics. */
@QuarkusTest
class BootContractTest extends ServiceBootContract {

    @Override
    protected int expectedOperationsAtLeast() {
        return 26;
    }
}
