package id.asn.platform.kit.idempotency;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.asn.platform.kit.problem.ProblemException;
import id.asn.platform.kit.tenant.TenantContext;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.narayana.jta.TransactionRunnerOptions;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Runs an {@link Idempotent} resource method once per key: the transaction begins here (the service's own
 * {@code @Transactional} joins it), the key is claimed first, the answer is kept before the commit. The key's
 * scope is the tenant and the operation: method, path template and path parameters. Inside Bean Validation
 * (a refused body claims nothing); a request without the header simply runs.
 */
@Idempotent
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_AFTER + 900)
public class IdempotencyInterceptor {

    private static final Map<Method, String> OPERATIONS = new ConcurrentHashMap<>();

    private final IdempotentRequests keys;
    private final ReceivedBody body;
    private final HttpHeaders headers;
    private final UriInfo uri;
    private final ObjectMapper json;

    @Inject
    IdempotencyInterceptor(IdempotentRequests keys, ReceivedBody body, HttpHeaders headers, UriInfo uri,
                           ObjectMapper json) {
        this.keys = keys;
        this.body = body;
        this.headers = headers;
        this.uri = uri;
        this.json = json;
    }

    @AroundInvoke
    Object once(InvocationContext invocation) throws Exception {
        String key = headers.getHeaderString(IdempotentRequests.HEADER);
        if (key == null || key.isBlank()) {
            // without a key the work still gets the operation's transaction timeout
            return timeout(invocation) > 0 ? transaction(invocation).call(invocation::proceed) : invocation.proceed();
        }
        if (key.length() > IdempotentRequests.MAX_KEY_LENGTH) {
            throw ProblemException.invalid(IdempotentRequests.HEADER, "idempotency.key.too-long",
                    IdempotentRequests.MAX_KEY_LENGTH);
        }
        String tenant = TenantContext.current();
        String scope = scope(invocation.getMethod());
        String hash = body.sha256();
        return transaction(invocation).call(() -> {
            Optional<IdempotentAnswer> kept = keys.claim(tenant, scope, key, hash);
            if (kept.isPresent()) {
                throw new IdempotentReplay(kept.get());
            }
            Object result = invocation.proceed();
            IdempotentAnswer answer = answer(result, invocation.getMethod());
            if (answer.status() >= 400) {
                // an answer of failure keeps no key, like a thrown one: the client may retry
                QuarkusTransaction.setRollbackOnly();
                return result;
            }
            keys.keep(tenant, scope, key, answer);
            return result instanceof Response response && answer.json() != null
                    ? Response.fromResponse(response).entity(answer.json()).type(MediaType.APPLICATION_JSON_TYPE)
                    .build()
                    : result;
        });
    }

    private static TransactionRunnerOptions transaction(InvocationContext invocation) {
        TransactionRunnerOptions options = QuarkusTransaction.joiningExisting();
        return timeout(invocation) > 0 ? options.timeout(timeout(invocation)) : options;
    }

    private static int timeout(InvocationContext invocation) {
        Idempotent idempotent = invocation.getMethod().getAnnotation(Idempotent.class);
        if (idempotent == null) {
            idempotent = invocation.getMethod().getDeclaringClass().getAnnotation(Idempotent.class);
        }
        return idempotent == null ? 0 : idempotent.transactionTimeout();
    }

    private String scope(Method method) {
        StringBuilder scope = new StringBuilder(OPERATIONS.computeIfAbsent(method, IdempotencyInterceptor::operation));
        new TreeMap<>(uri.getPathParameters()).forEach((name, values) ->
                scope.append(' ').append(name).append('=').append(String.join(",", values)));
        return scope.toString();
    }

    // "POST /api/v1/sessions/{sessionId}/completion": the method and the path template
    static String operation(Method method) {
        String verb = "";
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod http = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (http != null) {
                verb = http.value();
            }
        }
        Path type = method.getDeclaringClass().getAnnotation(Path.class);
        Path path = method.getAnnotation(Path.class);
        return verb + " " + template(type == null ? null : type.value(), path == null ? null : path.value());
    }

    /** The path template of a resource method as the API document writes it. */
    static String template(String typePath, String methodPath) {
        String path = "/" + (typePath == null ? "" : typePath) + "/" + (methodPath == null ? "" : methodPath);
        String joined = path.replaceAll("/+", "/");
        return joined.length() > 1 && joined.endsWith("/") ? joined.substring(0, joined.length() - 1) : joined;
    }

    private IdempotentAnswer answer(Object result, Method method) throws Exception {
        if (result instanceof Response response) {
            Object entity = response.getEntity();
            return new IdempotentAnswer(response.getStatus(), entity == null ? null
                    : entity instanceof String text ? text : json.writeValueAsString(entity));
        }
        if (result == null && method.getReturnType() == void.class) {
            return new IdempotentAnswer(204, null);
        }
        return new IdempotentAnswer(200, json.writeValueAsString(result));
    }
}
