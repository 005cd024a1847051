package id.asn.appraisal.bias;

import id.asn.platform.kit.tenant.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;

/**
 * The rater bias report as one set-based read over a period's annual appraisals and the behaviour input on them
 * (docs/domain.md §3.5): a report reads the rows of the appraisal and multirater features and writes nothing, so it
 * sits in its own feature instead of pulling every row through their services.
 */
@ApplicationScoped
public class RaterBiasQuery {

    /** One rater and unit: the columns of {@link #page}, in order. */
    public record Row(Object[] columns) {
    }

    // scores: predikat Sangat Baik 5 ... Sangat Kurang 1; ratings Di Atas 3, Sesuai 2, Di Bawah 1
    // scores: predikat Sangat Baik 5 ... Sangat Kurang 1; ratings Di Atas 3, Sesuai 2, Di Bawah 1. The input of
    // others is looked up per appraisal through its index (lateral), so the plan stays linear whatever the
    // planner estimates for a freshly loaded period.
    private static final String SCORED = """
            with scored as (
                select a.rater_nip, a.unit_id,
                       coalesce(a.original_predikat, a.predikat) as given,
                       case coalesce(a.original_predikat, a.predikat) when 'SANGAT_BAIK' then 5 when 'BAIK' then 4
                            when 'BUTUH_PERBAIKAN' then 3 when 'KURANG_MISCONDUCT' then 2 else 1 end as given_score,
                       case a.predikat when 'SANGAT_BAIK' then 5 when 'BAIK' then 4 when 'BUTUH_PERBAIKAN' then 3
                            when 'KURANG_MISCONDUCT' then 2 else 1 end as settled_score,
                       (case coalesce(a.original_perilaku_kerja, a.perilaku_kerja) when 'DI_ATAS_EKSPEKTASI' then 3
                             when 'SESUAI_EKSPEKTASI' then 2 else 1 end) - o.mean as vs_others,
                       (a.original_predikat is not null
                        and (a.original_hasil_kerja, a.original_perilaku_kerja)
                            is distinct from (a.hasil_kerja, a.perilaku_kerja)) as changed
                from appraisal a
                left join lateral (
                    select sum(g.points)::numeric / sum(g.n) as mean
                    from (select b.rater_group, count(*) as n,
                                 sum(case b.rating when 'DI_ATAS_EKSPEKTASI' then 3 when 'SESUAI_EKSPEKTASI' then 2
                                     else 1 end) as points
                          from behaviour_input b
                          where b.tenant_id = a.tenant_id and b.appraisal_id = a.id
                          group by b.rater_group) g
                    where g.n >= case g.rater_group when 'PEER' then :peerMinimum else :subordinateMinimum end
                ) o on true
                where a.tenant_id = :tenant and a.period_id = :period and a.period_type = 'ANNUAL'
                  and a.predikat is not null
            )
            """;

    private static final String SPREAD = """
            count(*) as n,
            count(*) filter (where given = 'SANGAT_BAIK'), count(*) filter (where given = 'BAIK'),
            count(*) filter (where given = 'BUTUH_PERBAIKAN'), count(*) filter (where given = 'KURANG_MISCONDUCT'),
            count(*) filter (where given = 'SANGAT_KURANG'), round(avg(given_score), 2)""";

    private final EntityManager em;

    @Inject
    RaterBiasQuery(EntityManager em) {
        this.em = em;
    }

    /**
     * One page of raters by NIP and unit. Columns: rater NIP, unit; the rater's spread (7: count, five counts best
     * to worst, mean); leniency against calibration, against other raters, people compared, changed by calibration;
     * the unit's spread (7); the agency's spread (7).
     */
    public List<Row> page(UUID periodId, int peerMinimum, int subordinateMinimum, int offset, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(SCORED + """
                        , per_rater as (
                            select rater_nip, unit_id, %s,
                                   round(avg(given_score - settled_score), 2) as vs_calibration,
                                   round(avg(vs_others), 2) as vs_others, count(vs_others) as compared,
                                   count(*) filter (where changed) as changed
                            from scored group by rater_nip, unit_id
                            order by rater_nip, unit_id nulls first
                            limit :limit offset :offset
                        ), per_unit as (
                            select unit_id, %s from scored
                            where unit_id in (select unit_id from per_rater) or unit_id is null
                            group by unit_id
                        ), agency as (
                            select %s from scored
                        )
                        select p.*, u.*, g.*
                        from per_rater p
                        join per_unit u on u.unit_id is not distinct from p.unit_id
                        cross join agency g
                        order by p.rater_nip, p.unit_id nulls first""".formatted(SPREAD, SPREAD, SPREAD))
                .setParameter("tenant", TenantContext.current())
                .setParameter("period", periodId)
                .setParameter("peerMinimum", peerMinimum)
                .setParameter("subordinateMinimum", subordinateMinimum)
                .setParameter("limit", limit)
                .setParameter("offset", offset)
                .getResultList();
        return rows.stream().map(Row::new).toList();
    }

    /** How many rater-and-unit rows the period has. */
    public long count(UUID periodId) {
        return ((Number) em.createNativeQuery("""
                        select count(*) from (select distinct rater_nip, unit_id from appraisal
                        where tenant_id = :tenant and period_id = :period and period_type = 'ANNUAL'
                          and predikat is not null) raters""")
                .setParameter("tenant", TenantContext.current())
                .setParameter("period", periodId)
                .getSingleResult()).longValue();
    }
}
