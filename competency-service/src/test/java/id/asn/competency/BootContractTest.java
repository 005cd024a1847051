package id.asn.competency;

import id.asn.platform.testinfra.ServiceBootContract;
import io.quarkus.test.junit.QuarkusTest;

/** competency-service once started: health, metrics and an OpenAPI guide an integrator can work from. */
@QuarkusTest
class BootContractTest extends ServiceBootContract {

    @Override
    protected int expectedOperationsAtLeast() {
        return 25;
    }
}
