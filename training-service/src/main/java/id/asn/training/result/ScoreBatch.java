package id.asn.training.result;

import id.asn.platform.kit.sql.NamedSql;
import id.asn.platform.kit.tenant.TenantContext;
import id.asn.training.result.ResultViews.ScoreResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.Session;

/**
 * Stores a partner's test scores for a session in one statement: the rows travel as arrays, update the open
 * enrolments they name, and a result comes back for every row (stored, or why not), whatever the batch size. In a
 * reopened session (docs/domain.md §2.6.5) the scores of completed participants may be corrected too.
 */
@ApplicationScoped
public class ScoreBatch {

    private static final NamedSql SQL = NamedSql.of("""
            with input as (
                select * from unnest(:idx::int[], :nips::text[], :pre::numeric[], :post::numeric[])
                    as t(idx, nip, pre, post)
            ), ranked as (
                select i.*, row_number() over (partition by i.nip order by i.idx) as rk from input i
            ), updated as (
                update enrollment e set pre_test = coalesce(r.pre, e.pre_test), post_test = coalesce(r.post, e.post_test),
                       updated_at = now(), updated_by = :actor, version = e.version + 1
                from ranked r
                where r.rk = 1 and e.tenant_id = :tenant and e.session_id = :session and e.nip = r.nip
                  and (e.status in ('ENROLLED', 'NOT_COMPLETED') or (:reopened::boolean and e.status = 'COMPLETED'))
                returning e.id, e.nip
            )
            select r.idx, r.nip, u.id,
                   case when r.rk > 1 then 'DUPLICATE_NIP_IN_BATCH'
                        when u.id is not null then null
                        when en.status = 'COMPLETED' then 'ALREADY_COMPLETED'
                        else 'NOT_ENROLLED' end
            from ranked r
            left join updated u on u.nip = r.nip and r.rk = 1
            left join enrollment en on en.tenant_id = :tenant and en.session_id = :session and en.nip = r.nip
            order by r.idx""");

    /** One row judged acceptable, at its position in the request. */
    public record Row(int index, String nip, BigDecimal preTest, BigDecimal postTest) {
    }

    private final EntityManager em;

    @Inject
    ScoreBatch(EntityManager em) {
        this.em = em;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public List<ScoreResult> write(UUID sessionId, boolean reopened, String actor, List<Row> scores) {
        String tenant = TenantContext.current();
        int n = scores.size();
        Integer[] idx = new Integer[n];
        String[] nips = new String[n];
        BigDecimal[] pre = new BigDecimal[n];
        BigDecimal[] post = new BigDecimal[n];
        for (int i = 0; i < n; i++) {
            idx[i] = scores.get(i).index();
            nips[i] = scores.get(i).nip();
            pre[i] = scores.get(i).preTest();
            post[i] = scores.get(i).postTest();
        }
        return em.unwrap(Session.class).doReturningWork(connection -> {
            List<ScoreResult> results = new ArrayList<>(n);
            try (NamedSql.Statement statement = SQL.prepare(connection)) {
                statement.setArray("idx", "int4", idx).setArray("nips", "text", nips)
                        .setArray("pre", "numeric", pre).setArray("post", "numeric", post)
                        .set("actor", actor).set("tenant", tenant).set("session", sessionId)
                        .set("reopened", reopened);
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        String reason = rs.getString(4);
                        results.add(new ScoreResult(rs.getInt(1), rs.getString(2), reason == null,
                                reason, rs.getObject(3, UUID.class), List.of()));
                    }
                }
            }
            return results;
        });
    }
}
