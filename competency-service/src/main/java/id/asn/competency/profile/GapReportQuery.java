package id.asn.competency.profile;

import id.asn.competency.dictionary.CompetencyKind;
import id.asn.competency.profile.ProfileViews.GapReportRow;
import id.asn.platform.kit.paging.Page;
import id.asn.platform.kit.paging.PageRequest;
import id.asn.platform.kit.sql.SqlValues;
import id.asn.platform.kit.tenant.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * The gap report of a set of units or the whole agency: per competency, how many people its standards concern, how
 * many fall short, and by how much. One SQL statement over the whole population; the gap arithmetic is the gap
 * engine's (required − current, never-assessed counting as 0). Every filter is a parameter that also says "any"
 * (an empty unit array, an empty code), and the total comes with an always-present anchor row, so a page past the
 * end still carries it.
 */
@ApplicationScoped
public class GapReportQuery {

    private static final String REPORT = """
            with standard as (
                select distinct on (position_id) id, position_id from position_standard
                where tenant_id = :tenant and effective_from <= :on
                order by position_id, effective_from desc),
            line as (
                select e.nip, i.competency_code, c.level, c.assessed_on,
                       i.required_level - coalesce(c.level, 0) as gap
                from employee e
                join standard s on s.position_id = e.position_id
                join position_standard_item i on i.standard_id = s.id
                left join current_level c on c.employee_id = e.id and c.competency_code = i.competency_code
                                          and c.valid_until >= :on
                where e.tenant_id = :tenant and e.active
                  and (cardinality(cast(:units as uuid[])) = 0 or e.unit_id = any(cast(:units as uuid[])))),
            trained as (
                select t.nip, x ->> 'competencyCode' as competency_code, max(t.completed_on) as completed_on
                from training_evidence t cross join jsonb_array_elements(t.competencies) x
                where t.tenant_id = :tenant and not t.withdrawn group by 1, 2),
            grouped as (
                select l.competency_code, count(*) as required,
                       count(*) filter (where l.gap > 0) as short_count,
                       round(avg(l.gap) filter (where l.gap > 0), 2) as average_gap,
                       greatest(max(l.gap), 0) as max_gap,
                       count(*) filter (where l.gap > 0 and l.gap <= 1) as short_by_1,
                       count(*) filter (where l.gap > 1 and l.gap <= 2) as short_by_2,
                       count(*) filter (where l.gap > 2) as short_by_more,
                       count(*) filter (where l.level is null) as not_assessed,
                       count(*) filter (where l.gap > 0 and t.completed_on is not null
                                        and (l.assessed_on is null or t.completed_on > l.assessed_on))
                           as in_development
                from line l
                left join trained t on t.nip = l.nip and t.competency_code = l.competency_code
                group by l.competency_code),
            dictionary as (
                select distinct on (code) code, name, kind from competency
                where (owner_tenant is null or owner_tenant = :tenant) and effective_from <= :on
                order by code, effective_from desc),
            selected as (
                select g.competency_code, coalesce(d.name, g.competency_code) as competency_name, d.kind,
                       g.required, g.short_count, g.average_gap, g.max_gap, g.short_by_1, g.short_by_2,
                       g.short_by_more, g.not_assessed, g.in_development
                from grouped g left join dictionary d on d.code = g.competency_code
                where (:kind = '' or d.kind = :kind) and (:code = '' or g.competency_code = :code)
                  and (not :onlyShort or g.short_count > 0))
            select p.competency_code, p.competency_name, p.kind, p.required, p.short_count, p.average_gap,
                   p.max_gap, p.short_by_1, p.short_by_2, p.short_by_more, p.not_assessed, p.in_development,
                   (select count(*) from selected) as total
            from (select 1) as anchor
            left join lateral (select * from selected order by short_count desc, competency_code
                               limit :size offset :offset) p on true
            order by p.short_count desc, p.competency_code""";

    private final EntityManager em;

    @Inject
    GapReportQuery(EntityManager em) {
        this.em = em;
    }

    /**
     * @param units the units whose employees count; empty: the whole agency
     * @param kind  only competencies of this kind; null: every kind
     * @param code  only this competency; null or blank: every competency
     */
    @SuppressWarnings("unchecked")
    public Page<GapReportRow> compute(Collection<UUID> units, CompetencyKind kind, String code, boolean onlyShort,
                                      LocalDate on, PageRequest page) {
        List<Object[]> rows = em.createNativeQuery(REPORT)
                .setParameter("tenant", TenantContext.current()).setParameter("on", on)
                .setParameter("units", units.toArray(UUID[]::new))
                .setParameter("kind", kind == null ? "" : kind.name())
                .setParameter("code", code == null ? "" : code.trim())
                .setParameter("onlyShort", onlyShort)
                .setParameter("size", page.size).setParameter("offset", page.offset())
                .getResultList();
        // the anchor row alone (no competency) is a page past the end
        List<GapReportRow> items = rows.stream().filter(r -> r[0] != null).map(r -> new GapReportRow((String) r[0],
                (String) r[1], (String) r[2], SqlValues.number(r[3]), SqlValues.number(r[4]),
                SqlValues.decimal(r[5]), SqlValues.decimal(r[6]), SqlValues.number(r[7]), SqlValues.number(r[8]),
                SqlValues.number(r[9]), SqlValues.number(r[10]), SqlValues.number(r[11]))).toList();
        return Page.of(items, page, SqlValues.number(rows.get(0)[12]));
    }
}
