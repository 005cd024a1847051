package id.asn.platform.kit.idempotency;

import id.asn.platform.kit.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/**
 * The kept keys (table {@code idempotency_key}), always inside the transaction of the write they belong to: the
 * claim inserts the key first, so a concurrent retry's claim waits on its row until the first one commits (and
 * then finds its answer) or rolls back (and then runs itself).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class IdempotentRequests {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";
    public static final int MAX_KEY_LENGTH = 200;

    private final EntityManager em;

    @Inject
    IdempotentRequests(EntityManager em) {
        this.em = em;
    }

    /**
     * Claims {@code key} for this request, or gives the answer kept for it; a kept key whose request had another
     * body is a 409.
     */
    Optional<IdempotentAnswer> claim(String tenant, String scope, String key, String requestHash) {
        int claimed = em.createNativeQuery("""
                        insert into idempotency_key (tenant_id, scope, idem_key, request_hash)
                        values (:tenant, :scope, :key, :hash) on conflict do nothing""")
                .setParameter("tenant", tenant).setParameter("scope", scope).setParameter("key", key)
                .setParameter("hash", requestHash).executeUpdate();
        if (claimed == 1) {
            return Optional.empty();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        select request_hash, response_status, response_body from idempotency_key
                        where tenant_id = :tenant and scope = :scope and idem_key = :key""")
                .setParameter("tenant", tenant).setParameter("scope", scope).setParameter("key", key)
                .getResultList();
        Object[] row = rows.get(0);
        if (!requestHash.equals(row[0])) {
            throw ProblemException.conflict("idempotency.key.reused");
        }
        return Optional.of(new IdempotentAnswer(((Number) row[1]).intValue(), (String) row[2]));
    }

    /** Keeps the answer of a claimed key, in the transaction that did the work. */
    void keep(String tenant, String scope, String key, IdempotentAnswer answer) {
        em.createNativeQuery("""
                        update idempotency_key set response_status = :status, response_body = cast(:body as text)
                        where tenant_id = :tenant and scope = :scope and idem_key = :key""")
                .setParameter("status", answer.status()).setParameter("body", answer.json())
                .setParameter("tenant", tenant).setParameter("scope", scope).setParameter("key", key)
                .executeUpdate();
    }
}
