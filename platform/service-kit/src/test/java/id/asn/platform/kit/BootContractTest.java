package id.asn.platform.kit;

import id.asn.platform.testinfra.ServiceBootContract;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class BootContractTest extends ServiceBootContract {
}
