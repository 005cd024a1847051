package id.asn.gateway.devissuer;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.RSAPublicKeySpec;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.PublicJsonWebKey;
import org.jose4j.lang.JoseException;

/** What the development issuer publishes so that verifiers need nothing but its URL: discovery and JWKS. */
final class OpenIdMetadata {

    static final String DISCOVERY_PATH = "/.well-known/openid-configuration";
    static final String JWKS_PATH = "/jwks";

    private OpenIdMetadata() {
    }

    /**
     * The discovery document (OpenID Connect Discovery 1.0 §3). Tokens are handed out by {@code /dev-auth}, not by
     * an authorization endpoint; the fields that name one are required by the format and point at that page.
     */
    static Map<String, Object> discovery(String issuer) {
        String origin = issuer.substring(0, issuer.indexOf('/', issuer.indexOf("//") + 2));
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("issuer", issuer);
        document.put("jwks_uri", issuer + JWKS_PATH);
        document.put("authorization_endpoint", origin + "/dev-auth/users");
        document.put("token_endpoint", origin + "/dev-auth/oauth2/token");
        document.put("grant_types_supported", List.of("client_credentials"));
        document.put("response_types_supported", List.of("token"));
        document.put("subject_types_supported", List.of("public"));
        document.put("id_token_signing_alg_values_supported", List.of("RS256"));
        document.put("token_endpoint_auth_methods_supported", List.of("client_secret_basic", "client_secret_post"));
        return document;
    }

    /** The JWKS with the one public key, derived from the private key so the local stack needs one file only. */
    static String jwks(String keyId, PrivateKey key) {
        try {
            PublicJsonWebKey jwk = PublicJsonWebKey.Factory.newPublicJwk(publicHalf(key));
            jwk.setKeyId(keyId);
            jwk.setUse("sig");
            jwk.setAlgorithm("RS256");
            return new JsonWebKeySet(jwk).toJson(JsonWebKey.OutputControlLevel.PUBLIC_ONLY);
        } catch (JoseException e) {
            throw new IllegalStateException("Cannot publish the development issuer's key", e);
        }
    }

    private static PublicKey publicHalf(PrivateKey key) {
        if (!(key instanceof RSAPrivateCrtKey rsa)) {
            throw new IllegalStateException("The development issuer's key must be an RSA key in PKCS#8 with its CRT "
                    + "parameters (as ./asn writes it)");
        }
        try {
            return KeyFactory.getInstance("RSA")
                    .generatePublic(new RSAPublicKeySpec(rsa.getModulus(), rsa.getPublicExponent()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
