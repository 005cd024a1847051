package id.asn.competency.profile;

import id.asn.competency.gap.JpmCategories;
import id.asn.competency.profile.ProfileViews.Candidate;
import id.asn.platform.kit.paging.Page;
import id.asn.platform.kit.paging.PageRequest;
import id.asn.platform.kit.sql.SqlValues;
import id.asn.platform.kit.tenant.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Ranks the agency's active employees against one standard version in one statement: JPM and gaps with the same
 * arithmetic as the gap engine (never-assessed counting as 0). The optional NIP list is one array parameter (empty:
 * everyone), and the total is its own count, so a page past the end still knows it.
 */
@ApplicationScoped
public class JobFitQuery {

    private static final String RANKED = """
            with item as (select competency_code, required_level from position_standard_item
                          where standard_id = :standard),
            scored as (
                select e.nip, e.name, e.position_id,
                       sum(coalesce(c.level, 0)) as current_sum, sum(i.required_level) as required_sum,
                       count(*) filter (where i.required_level - coalesce(c.level, 0) > 0) as short_count,
                       sum(greatest(i.required_level - coalesce(c.level, 0), 0)) as total_gap,
                       count(c.level) as assessed
                from employee e cross join item i
                left join current_level c on c.employee_id = e.id and c.competency_code = i.competency_code
                                          and c.valid_until >= :on
                where e.tenant_id = :tenant and e.active
                  and (cardinality(cast(:nips as text[])) = 0 or e.nip = any(cast(:nips as text[])))
                group by e.id, e.nip, e.name, e.position_id)
            select nip, name, position_id,
                   case when assessed = 0 then null else round(current_sum * 100.0 / required_sum, 2) end as jpm,
                   short_count, total_gap, assessed
            from scored
            order by jpm desc nulls last, total_gap, name, nip
            limit :size offset :offset""";

    // every candidate the ranking can list: an active employee of the agency, when the standard has items
    private static final String COUNTED = """
            select count(*) from employee e
            where e.tenant_id = :tenant and e.active
              and (cardinality(cast(:nips as text[])) = 0 or e.nip = any(cast(:nips as text[])))
              and exists (select 1 from position_standard_item where standard_id = :standard)""";

    private final EntityManager em;

    @Inject
    JobFitQuery(EntityManager em) {
        this.em = em;
    }

    /** @param nips the candidates to rank; empty: every active employee of the agency */
    @SuppressWarnings("unchecked")
    public Page<Candidate> rank(UUID standardId, List<String> nips, LocalDate on, JpmCategories categories,
                                PageRequest page) {
        String[] candidates = nips.toArray(String[]::new);
        List<Object[]> rows = em.createNativeQuery(RANKED)
                .setParameter("standard", standardId).setParameter("on", on)
                .setParameter("tenant", TenantContext.current()).setParameter("nips", candidates)
                .setParameter("size", page.size).setParameter("offset", page.offset())
                .getResultList();
        long total = SqlValues.number(em.createNativeQuery(COUNTED)
                .setParameter("standard", standardId).setParameter("tenant", TenantContext.current())
                .setParameter("nips", candidates).getSingleResult());
        List<Candidate> items = rows.stream().map(r -> {
            BigDecimal jpm = SqlValues.decimal(r[3]);
            return new Candidate(((String) r[0]).trim(), (String) r[1], SqlValues.uuid(r[2]), jpm,
                    categories.categorize(jpm), SqlValues.number(r[4]), SqlValues.decimal(r[5]),
                    SqlValues.number(r[6]));
        }).toList();
        return Page.of(items, page, total);
    }
}
