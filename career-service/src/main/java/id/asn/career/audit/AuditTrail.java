package id.asn.career.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.asn.platform.kit.sql.NamedSql;
import id.asn.platform.kit.tenant.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.hibernate.Session;

/**
 * The audit trail of everything that affects a career (docs/domain.md §8.2 rule 4): written in the transaction of
 * the change, so a change and its audit line exist together or not at all.
 */
@ApplicationScoped
public class AuditTrail {

    /** One line of the trail. */
    public record Line(String subject, String subjectId, String action, Map<String, Object> detail, String actor,
                       Instant at) {
    }

    private final EntityManager em;
    private final ObjectMapper json;

    @Inject
    AuditTrail(EntityManager em, ObjectMapper json) {
        this.em = em;
        this.json = json;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String nip, String subject, Object subjectId, String action, Map<String, ?> detail,
                       String actor) {
        em.createNativeQuery("""
                        insert into career_audit (tenant_id, nip, subject, subject_id, action, detail, actor, at)
                        values (:tenant, :nip, :subject, :subjectId, :action, cast(:detail as jsonb), :actor, now())""")
                .setParameter("tenant", TenantContext.current())
                .setParameter("nip", nip)
                .setParameter("subject", subject)
                .setParameter("subjectId", subjectId == null ? null : subjectId.toString())
                .setParameter("action", action)
                .setParameter("detail", write(detail))
                .setParameter("actor", actor)
                .executeUpdate();
    }

    /** One line of many of the same subject, action and actor (see {@link #recordAll}). */
    public record Entry(String nip, Object subjectId, Map<String, ?> detail) {
    }

    private static final NamedSql INSERT_ALL = NamedSql.of("""
            insert into career_audit (tenant_id, nip, subject, subject_id, action, detail, actor, at)
            select :tenant, t.nip, :subject, t.subject_id, :action, t.detail::jsonb, :actor, now()
            from unnest(:nips::text[], :subjectIds::text[], :details::text[]) as t(nip, subject_id, detail)""");

    /** Records many lines in one statement, so a bulk change stays one round trip with its audit. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordAll(String subject, String action, String actor, List<Entry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        String tenant = TenantContext.current();
        int n = entries.size();
        String[] nips = new String[n];
        String[] subjectIds = new String[n];
        String[] details = new String[n];
        for (int i = 0; i < n; i++) {
            Entry e = entries.get(i);
            nips[i] = e.nip();
            subjectIds[i] = e.subjectId() == null ? null : e.subjectId().toString();
            details[i] = write(e.detail());
        }
        em.unwrap(Session.class).doWork(connection -> {
            try (NamedSql.Statement insert = INSERT_ALL.prepare(connection)) {
                insert.set("tenant", tenant).set("subject", subject).set("action", action).set("actor", actor)
                        .setArray("nips", "text", nips).setArray("subjectIds", "text", subjectIds)
                        .setArray("details", "text", details).executeUpdate();
            }
        });
    }

    /** The trail of one employee, oldest first. */
    @SuppressWarnings("unchecked")
    public List<Line> of(String nip) {
        List<Object[]> rows = em.createNativeQuery("""
                        select subject, subject_id, action, cast(detail as text), actor, at from career_audit
                        where tenant_id = :tenant and nip = :nip order by at, id""")
                .setParameter("tenant", TenantContext.current())
                .setParameter("nip", nip)
                .getResultList();
        return rows.stream().map(r -> new Line((String) r[0], (String) r[1], (String) r[2], read((String) r[3]),
                (String) r[4], instant(r[5]))).toList();
    }

    private String write(Map<String, ?> detail) {
        try {
            return json.writeValueAsString(detail);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write an audit detail", e);
        }
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> read(String text) {
        try {
            return json.readValue(text, Map.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable audit detail", e);
        }
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof java.time.OffsetDateTime o) {
            return o.toInstant();
        }
        return ((Timestamp) value).toInstant();
    }
}
