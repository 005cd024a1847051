package id.asn.platform.kit;

import id.asn.platform.testinfra.TestNamingContract;

/** The repository's test naming convention (ADR 0010), checked on the kit's tests. */
class TestNamingContractTest extends TestNamingContract {
}
