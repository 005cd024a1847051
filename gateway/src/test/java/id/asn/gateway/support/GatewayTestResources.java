package id.asn.gateway.support;

import io.quarkus.test.common.QuarkusTestResource;

/** Registers the test keys and the upstream stand-in once for every test of the module. */
@QuarkusTestResource(value = TestKeys.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = UpstreamStub.class, restrictToAnnotatedClass = false)
public class GatewayTestResources {
}
