package id.asn.gateway.devissuer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.asn.gateway.GatewayConfig;
import id.asn.gateway.edge.Problems;
import id.asn.gateway.edge.RateLimiter;
import id.asn.platform.problem.Problem;
import id.asn.platform.problem.ProblemKind;
import io.smallrye.jwt.util.KeyUtils;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * The development issuer of the local stack under {@code /dev-auth}: demo users get a token by name, partner and
 * integration clients by the OAuth 2 client-credentials grant. Below the issuer URL's path ({@code /dev-issuer})
 * it publishes its OpenID discovery document and its key as a JWKS, so the gateway and the services verify its
 * tokens as they verify any issuer's. Outside the {@code local} profile none of these routes is registered, so
 * the paths do not exist.
 */
@ApplicationScoped
public class DevAuthRoutes {

    private static final Logger LOG = Logger.getLogger(DevAuthRoutes.class);
    private static final String TEXT_PLAIN = "text/plain; charset=UTF-8";
    private static final String JSON = "application/json";
    private static final long FORM_LIMIT = 16 * 1024;

    private final GatewayConfig.DevIssuer config;
    private final ObjectMapper mapper;
    private final Problems problems;
    private final RateLimiter rateLimiter;
    private DevIssuer issuer;
    private DevIdentities identities;

    DevAuthRoutes(GatewayConfig config, ObjectMapper mapper, Problems problems, RateLimiter rateLimiter) {
        this.config = config.devIssuer();
        this.mapper = mapper;
        this.problems = problems;
        this.rateLimiter = rateLimiter;
    }

    void register(@Observes Router router) {
        if (!config.enabled()) {
            return;
        }
        String keyLocation = config.privateKeyLocation().orElseThrow(() -> new IllegalStateException(
                "The development issuer is on but asn.gateway.dev-issuer.private-key-location "
                        + "(ASN_DEV_ISSUER_PRIVATE_KEY_LOCATION) is not set"));
        PrivateKey key = readKey(keyLocation);
        issuer = new DevIssuer(key, config);
        identities = readIdentities(config.identities());
        String discovery = json(OpenIdMetadata.discovery(issuer.issuer()));
        String jwks = OpenIdMetadata.jwks(DevIssuer.KEY_ID, key);
        LOG.warnf("Development issuer ON (%s): tokens for %d demo identities at /dev-auth; never enable this in "
                + "production", config.issuer(), identities.identities().size());

        BodyHandler forms = BodyHandler.create(false).setBodyLimit(FORM_LIMIT);
        String issuerPath = config.issuer().getPath();
        router.get(issuerPath + OpenIdMetadata.DISCOVERY_PATH).handler(ctx -> metadata(ctx, discovery));
        router.get(issuerPath + OpenIdMetadata.JWKS_PATH).handler(ctx -> metadata(ctx, jwks));
        router.get("/dev-auth/users").handler(rateLimiter).handler(this::users);
        router.post("/dev-auth/token").handler(rateLimiter).handler(ctx -> {
            // Quarkus pauses requests until a handler wants the body
            ctx.request().resume();
            forms.handle(ctx);
        }).handler(this::token);
        router.post("/dev-auth/oauth2/token").handler(rateLimiter).handler(ctx -> {
            ctx.request().resume();
            forms.handle(ctx);
        }).handler(this::clientCredentials);
    }

    // RFC 8414 §3 and RFC 7517 §8.5: JSON; verifiers cache the keys themselves
    private static void metadata(RoutingContext ctx, String body) {
        ctx.response().putHeader(HttpHeaders.CONTENT_TYPE, JSON).end(body);
    }

    private void users(RoutingContext ctx) {
        json(ctx, 200, identities);
    }

    private void token(RoutingContext ctx) {
        String username = ctx.request().getFormAttribute("username");
        if (username == null || username.isBlank()) {
            invalidUsername(ctx, "field.required");
            return;
        }
        Optional<DevIdentities.Identity> identity = identities.find(username.trim());
        if (identity.isEmpty()) {
            invalidUsername(ctx, "dev-auth.unknown-identity");
            return;
        }
        ctx.response().putHeader(HttpHeaders.CONTENT_TYPE, TEXT_PLAIN)
                .putHeader(HttpHeaders.CACHE_CONTROL, "no-store")
                .end(issuer.sign(identity.get()));
    }

    private void invalidUsername(RoutingContext ctx, String messageKey) {
        String message = Problems.messages(ctx).get(messageKey);
        problems.send(ctx, ProblemKind.VALIDATION, List.of(new Problem.FieldError("username", message)),
                "detail.validation", 1);
    }

    /** RFC 6749 §4.4 with client authentication by HTTP Basic or by form fields (§2.3.1). */
    private void clientCredentials(RoutingContext ctx) {
        Optional<String[]> credentials = basicCredentials(ctx.request().getHeader(HttpHeaders.AUTHORIZATION))
                .or(() -> Optional.ofNullable(ctx.request().getFormAttribute("client_id"))
                        .map(id -> new String[] {id, ctx.request().getFormAttribute("client_secret")}));
        Optional<DevIdentities.Identity> client = credentials
                .flatMap(pair -> identities.find(pair[0])
                        .filter(DevIdentities.Identity::isClient)
                        .filter(candidate -> pair[1] != null && sameSecret(candidate.clientSecret(), pair[1])));
        if (client.isEmpty()) {
            ctx.response().putHeader(HttpHeaderNames.WWW_AUTHENTICATE, "Basic realm=\"asn-dev-issuer\"");
            oauthError(ctx, 401, "invalid_client");
            return;
        }
        String grantType = ctx.request().getFormAttribute("grant_type");
        if (grantType == null) {
            oauthError(ctx, 400, "invalid_request");
            return;
        }
        if (!grantType.equals("client_credentials")) {
            oauthError(ctx, 400, "unsupported_grant_type");
            return;
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("access_token", issuer.sign(client.get()));
        answer.put("token_type", "Bearer");
        answer.put("expires_in", issuer.lifetime().toSeconds());
        json(ctx, 200, answer);
    }

    private void oauthError(RoutingContext ctx, int status, String error) {
        json(ctx, status, Map.of("error", error));
    }

    private static Optional<String[]> basicCredentials(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()),
                    StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            if (colon < 0) {
                return Optional.empty();
            }
            return Optional.of(new String[] {formDecode(decoded.substring(0, colon)),
                    formDecode(decoded.substring(colon + 1))});
        } catch (IllegalArgumentException garbled) {
            return Optional.empty();
        }
    }

    // RFC 6749 §2.3.1: client id and secret are form-encoded before they are put in the Basic header
    private static String formDecode(String value) {
        return URLDecoder.decode(value, StandardCharsets.UTF_8);
    }

    private static boolean sameSecret(String expected, String presented) {
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), presented.getBytes(StandardCharsets.UTF_8));
    }

    private void json(RoutingContext ctx, int status, Object body) {
        ctx.response().setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, JSON)
                .putHeader(HttpHeaders.CACHE_CONTROL, "no-store")
                .putHeader("Pragma", "no-cache")
                .end(json(body));
    }

    private String json(Object body) {
        try {
            return mapper.writeValueAsString(body);
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private static PrivateKey readKey(String location) {
        try {
            // usually a file named by the env var; KeyUtils reads other locations (classpath:, http...)
            Path file = Path.of(location);
            String pem = Files.isRegularFile(file) ? Files.readString(file) : KeyUtils.readKeyContent(location);
            return KeyUtils.decodePrivateKey(pem);
        } catch (IOException | GeneralSecurityException | RuntimeException unreadable) {
            throw new IllegalStateException("Cannot read the development issuer's private key at " + location, unreadable);
        }
    }

    private DevIdentities readIdentities(String resource) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + resource + " on the classpath");
            }
            return mapper.readValue(in, DevIdentities.class);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
