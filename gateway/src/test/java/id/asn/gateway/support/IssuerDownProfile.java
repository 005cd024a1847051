package id.asn.gateway.support;

import io.quarkus.test.junit.QuarkusTestProfile;

/** The gateway pointed at an issuer that never answers (see {@link TestKeys}). */
public class IssuerDownProfile implements QuarkusTestProfile {

    public static final String NAME = "issuer-down";

    @Override
    public String getConfigProfile() {
        return NAME;
    }
}
