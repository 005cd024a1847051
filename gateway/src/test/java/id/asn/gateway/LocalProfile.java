package id.asn.gateway;

import io.quarkus.test.junit.QuarkusTestProfile;

/** The local stack's profile, the only one with the development issuer. */
public class LocalProfile implements QuarkusTestProfile {

    @Override
    public String getConfigProfile() {
        return "local";
    }
}
