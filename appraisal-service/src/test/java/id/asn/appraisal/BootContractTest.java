package id.asn.appraisal;

import id.asn.platform.testinfra.ServiceBootContract;
import io.quarkus.test.junit.QuarkusTest;

/** appraisal-service once started: health, its OpenAPI guide for integrators, Swagger UI and metrics. */
@QuarkusTest
class BootContractTest extends ServiceBootContract {

    @Override
    protected int expectedOperationsAtLeast() {
        return 34;
    }
}
