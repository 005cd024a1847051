package id.asn.localstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.List;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DevAuthTest {

    private static final URI ISSUER = URI.create("http://localhost:8080/dev-issuer");

    @Test
    void aStaffTokenCarriesTheDevIssuersClaimsAndVerifiesWithItsPublicKey(@TempDir Path keys) throws Exception {
        DevKeys.ensure(keys);
        DevAuth auth = DevAuth.devIssuer(URI.create("http://localhost:8080"), ISSUER,
                keys.resolve(DevKeys.PRIVATE_KEY));

        String token = auth.staffToken("sawahlunto", "197005172000031002", "employee", "supervisor");

        JwtClaims claims = new JwtConsumerBuilder().setExpectedIssuer(ISSUER.toString())
                .setExpectedAudience("asn-platform").setRequireExpirationTime()
                .setVerificationKey(publicKey(keys.resolve(DevKeys.PUBLIC_KEY))).build().processToClaims(token);
        assertEquals("sawahlunto", claims.getStringClaimValue("tenant"));
        assertEquals("197005172000031002", claims.getStringClaimValue("nip"));
        assertEquals(List.of("employee", "supervisor"), claims.getStringListClaimValue("groups"));
        assertTrue(auth.signsStaffTokens());
    }

    @Test
    void withoutTheDevIssuersKeyThereAreNoStaffTokens() {
        DevAuth auth = new DevAuth(URI.create("http://localhost:8080"));

        assertFalse(auth.signsStaffTokens());
        assertThrows(StackException.class, () -> auth.staffToken("sawahlunto", "197005172000031002", "employee"));
    }

    private static PublicKey publicKey(Path pem) throws Exception {
        byte[] der = Base64.getMimeDecoder().decode(Files.readString(pem).replaceAll("-----[A-Z ]+-----", ""));
        return KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(der));
    }
}
