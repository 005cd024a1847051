package id.asn.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.lang.JoseException;

/**
 * Tokens for the demo users and partner clients of the local stack, from the issuer the stack runs with: the
 * gateway's dev issuer (profile {@code local}), or Keycloak's realm {@code asn} ({@link #keycloak}), where a user
 * logs in by the password grant through the realm's public client and a client by the client-credentials grant.
 * Both issuers know the same identities (a test in this module holds the realm to {@code dev-identities.json}).
 */
public final class DevAuth {
    /** The demo identities: what the dev issuer signs for, what the demo data is made of. */
    static final String IDENTITIES_FILE = "gateway/src/main/resources/dev-identities.json";

    /** The audience the apps require ({@code quarkus.oidc.token.audience}), as the dev issuer sets it. */
    private static final String AUDIENCE = "asn-platform";
    /** The key id of the dev issuer's JWKS ({@code DevIssuer.KEY_ID} in the gateway). */
    private static final String KEY_ID = "asn-dev-issuer";

    private final URI gateway;
    private final Realm keycloak;
    private final Signer signer;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private record Realm(URI issuer, Path realmFile, Path identitiesFile) {
    }

    /** The dev issuer's URL and private key, for staff who have no demo identity. */
    private record Signer(URI issuer, Path privateKey) {
    }

    /** Tokens from the gateway's dev issuer. */
    public DevAuth(URI gateway) {
        this(gateway, null, null);
    }

    private DevAuth(URI gateway, Realm keycloak, Signer signer) {
        this.gateway = gateway;
        this.keycloak = keycloak;
        this.signer = signer;
    }

    /**
     * Tokens from the gateway's dev issuer, and {@link #staffToken} signed with its private key (the local stack
     * generated it, {@link DevKeys}).
     */
    static DevAuth devIssuer(URI gateway, URI issuer, Path privateKey) {
        return new DevAuth(gateway, null, new Signer(issuer, privateKey));
    }

    /**
     * Tokens from Keycloak.
     *
     * @param issuer the realm's URL, e.g. http://localhost:8180/realms/asn
     * @param realmFile the realm as imported (demo passwords, client secrets, the public client)
     * @param identitiesFile the demo identities listed by {@link #users()}
     */
    public static DevAuth keycloak(URI issuer, Path realmFile, Path identitiesFile) {
        return new DevAuth(null, new Realm(issuer, realmFile, identitiesFile), null);
    }

    /** Whether {@link #staffToken} works: only with the dev issuer, whose key the local stack holds. */
    public boolean signsStaffTokens() {
        return signer != null;
    }

    /**
     * A token for a staff member of {@code tenant} who has no demo identity (the demo workforce has hundreds), with
     * the claims the dev issuer gives its identities, signed with its key: what the demo data and the system tests
     * use to act as a unit's raters and appraisees.
     */
    public String staffToken(String tenant, String nip, String... roles) {
        if (signer == null) {
            throw new StackException("tokens for staff without a demo identity need the dev issuer (--idp dev)");
        }
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(signer.issuer().toString());
        claims.setAudience(AUDIENCE);
        claims.setSubject("staff." + nip);
        claims.setClaim("upn", "staff." + nip);
        claims.setClaim("preferred_username", "staff." + nip);
        claims.setStringListClaim("groups", roles);
        claims.setClaim("tenant", tenant);
        claims.setClaim("nip", nip);
        claims.setIssuedAtToNow();
        claims.setExpirationTimeMinutesInTheFuture(60);
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setKey(privateKey(signer.privateKey()));
        jws.setKeyIdHeaderValue(KEY_ID);
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        try {
            return jws.getCompactSerialization();
        } catch (JoseException e) {
            throw new StackException("cannot sign a staff token: " + e.getMessage(), e);
        }
    }

    private static PrivateKey privateKey(Path pem) {
        try {
            String text = Files.readString(pem).replaceAll("-----[A-Z ]+-----", "");
            byte[] der = Base64.getMimeDecoder().decode(text);
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the dev issuer's key at " + pem, e);
        } catch (GeneralSecurityException e) {
            throw new StackException("the dev issuer's key at " + pem + " is not an RSA private key", e);
        }
    }

    /** A signed bearer token for a demo user or partner client, e.g. {@code hr.palembang}. */
    public String token(String username) {
        if (keycloak != null) {
            return keycloakToken(username);
        }
        String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(gateway.resolve("/dev-auth/token"))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        return send(request).strip();
    }

    /** The demo users and partner clients, as the gateway's {@code /dev-auth/users} lists them (JSON). */
    public String users() {
        if (keycloak != null) {
            try {
                return Files.readString(keycloak.identitiesFile());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the demo identities at " + keycloak.identitiesFile(), e);
            }
        }
        HttpRequest request = HttpRequest.newBuilder(gateway.resolve("/dev-auth/users"))
                .timeout(Duration.ofSeconds(10))
                .header("Accept", "application/json")
                .GET()
                .build();
        return send(request);
    }

    /** A token by the client-credentials grant (RFC 6749 §4.4), from whichever issuer the stack runs with. */
    public String clientCredentialsToken(String clientId, String secret) {
        URI endpoint = keycloak != null ? tokenEndpoint() : gateway.resolve("/dev-auth/oauth2/token");
        return accessToken(endpoint, Map.of("grant_type", "client_credentials", "client_id", clientId,
                "client_secret", secret));
    }

    private String keycloakToken(String username) {
        Map<String, Object> realm = Json.object(Json.parse(readRealm()));
        Optional<Map<String, Object>> user = list(realm, "users").stream()
                .filter(u -> username.equals(u.get("username")) && !u.containsKey("serviceAccountClientId"))
                .findFirst();
        if (user.isPresent()) {
            String password = list(user.get(), "credentials").stream()
                    .filter(c -> "password".equals(c.get("type"))).map(c -> (String) c.get("value")).findFirst()
                    .orElseThrow(() -> new StackException(username + " has no password in " + keycloak.realmFile()));
            String client = list(realm, "clients").stream()
                    .filter(c -> Boolean.TRUE.equals(c.get("publicClient")) && Boolean.TRUE.equals(c.get("directAccessGrantsEnabled")))
                    .map(c -> (String) c.get("clientId")).findFirst()
                    .orElseThrow(() -> new StackException("no public client with direct access grants in " + keycloak.realmFile()));
            return accessToken(tokenEndpoint(), Map.of("grant_type", "password", "client_id", client,
                    "username", username, "password", password));
        }
        return list(realm, "clients").stream()
                .filter(c -> username.equals(c.get("clientId")) && Boolean.TRUE.equals(c.get("serviceAccountsEnabled")))
                .map(c -> clientCredentialsToken(username, (String) c.get("secret")))
                .findFirst()
                .orElseThrow(() -> new StackException("no demo user or client " + username + " in " + keycloak.realmFile()
                        + " (./asn token --list)"));
    }

    private URI tokenEndpoint() {
        return URI.create(keycloak.issuer() + "/protocol/openid-connect/token");
    }

    private String accessToken(URI endpoint, Map<String, String> form) {
        StringBuilder body = new StringBuilder();
        form.forEach((name, value) -> body.append(body.isEmpty() ? "" : "&").append(name).append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
        HttpRequest request = HttpRequest.newBuilder(endpoint)
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
                .build();
        Object token = Json.object(Json.parse(send(request))).get("access_token");
        if (!(token instanceof String text)) {
            throw new StackException(endpoint + " answered without an access_token");
        }
        return text;
    }

    private String readRealm() {
        try {
            return Files.readString(keycloak.realmFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the realm at " + keycloak.realmFile(), e);
        }
    }

    private static List<Map<String, Object>> list(Map<String, Object> object, String field) {
        return Json.array(object.getOrDefault(field, List.of())).stream().map(Json::object).toList();
    }

    private String send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                throw new StackException(request.method() + " " + request.uri() + " answered " + response.statusCode()
                        + (response.body().isBlank() ? "" : ": " + response.body()));
            }
            return response.body();
        } catch (IOException e) {
            String who = keycloak != null ? "Keycloak does not answer at " + keycloak.issuer()
                    : "the gateway does not answer at " + gateway;
            throw new StackException(who + " (is the stack up? ./asn status)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StackException("interrupted");
        }
    }
}
