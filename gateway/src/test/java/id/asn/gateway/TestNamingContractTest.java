package id.asn.gateway;

import id.asn.platform.testinfra.TestNamingContract;

/** The repository's test naming convention (ADR 0010), checked on the gateway's tests. */
class TestNamingContractTest extends TestNamingContract {
}
