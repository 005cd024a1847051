package id.asn.career;

import id.asn.platform.testinfra.ServiceBootContract;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class BootContractTest extends ServiceBootContract {
}
