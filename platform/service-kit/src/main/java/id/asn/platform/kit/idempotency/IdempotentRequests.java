package id.asn.platform.kit.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.asn.platform.kit.problem.ProblemException;
import id.asn.platform.kit.tenant.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;

/**
 * Makes a write idempotent by a client's {@code Idempotency-Key}: the first request runs and its answer is
 * kept; a retry with the same key and body gets the same answer without running again; the same key with
 * another body is a 409. Concurrent retries wait for the first one (the key's row lock).
 */
@ApplicationScoped
public class IdempotentRequests {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";

    private final EntityManager em;
    private final ObjectMapper json;

    @Inject
    IdempotentRequests(EntityManager em, ObjectMapper json) {
        this.em = em;
        this.json = json;
    }

    /**
     * Runs {@code work} once per ({@code scope}, {@code key}) in the current tenant and answers with its result
     * as JSON and {@code status}; without a key it simply runs. The caller maps the answer to HTTP
     * ({@link IdempotentResponses#of}).
     *
     * @param scope what the key is about, e.g. {@code attendance:<meetingId>}
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public IdempotentAnswer once(String key, String scope, Object request, int status, Supplier<?> work) {
        if (key == null || key.isBlank()) {
            return new IdempotentAnswer(status, write(work.get()), false);
        }
        if (key.length() > 200) {
            throw ProblemException.invalid(HEADER, "idempotency.key.too-long", 200);
        }
        String tenant = TenantContext.current();
        String hash = sha256(write(request));
        int claimed = em.createNativeQuery("""
                        insert into idempotency_key (tenant_id, scope, idem_key, request_hash)
                        values (:tenant, :scope, :key, :hash) on conflict do nothing""")
                .setParameter("tenant", tenant).setParameter("scope", scope).setParameter("key", key)
                .setParameter("hash", hash).executeUpdate();
        if (claimed == 0) {
            return replay(tenant, scope, key, hash);
        }
        Object result = work.get();
        String body = write(result);
        em.createNativeQuery("""
                        update idempotency_key set response_status = :status, response_body = :body
                        where tenant_id = :tenant and scope = :scope and idem_key = :key""")
                .setParameter("status", status).setParameter("body", body).setParameter("tenant", tenant)
                .setParameter("scope", scope).setParameter("key", key).executeUpdate();
        return new IdempotentAnswer(status, body, false);
    }

    private IdempotentAnswer replay(String tenant, String scope, String key, String hash) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        select request_hash, response_status, response_body from idempotency_key
                        where tenant_id = :tenant and scope = :scope and idem_key = :key""")
                .setParameter("tenant", tenant).setParameter("scope", scope).setParameter("key", key)
                .getResultList();
        Object[] row = rows.get(0);
        if (!hash.equals(row[0])) {
            throw ProblemException.conflict("idempotency.key.reused");
        }
        return new IdempotentAnswer(((Number) row[1]).intValue(), (String) row[2], true);
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise an idempotent request or answer", e);
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
