package id.asn.competency.profile;

import id.asn.platform.kit.sql.SqlValues;
import id.asn.competency.dictionary.CompetencyKind;
import id.asn.competency.organisation.UnitRepository;
import id.asn.platform.kit.paging.Page;
import id.asn.platform.kit.paging.PageRequest;
import id.asn.platform.kit.tenant.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The gap report of a unit (with the units below it) or the whole agency: per competency, how many people its
 * standards concern, how many fall short, and by how much. One SQL statement over the whole population; the
 * gap arithmetic is the same as {@link JobPersonMatch} (required − current, never-assessed counting as 0).
 */
@ApplicationScoped
public class GapReport {

    /**
     * @param required     employees whose position standard includes the competency
     * @param shortCount   of those, how many are below the required level
     * @param averageGap   mean gap of those short
     * @param shortBy1     short by at most 1 level; {@code shortBy2}: by more than 1 and at most 2; {@code shortByMore}: by more than 2
     * @param inDevelopment short and with a completed training for the competency since their last assessment
     */
    public record Row(String competencyCode, String competencyName, String kind, long required, long shortCount,
                      BigDecimal averageGap, BigDecimal maxGap, long shortBy1, long shortBy2, long shortByMore,
                      long notAssessed, long inDevelopment) {
    }

    private final EntityManager em;
    private final UnitRepository units;

    @Inject
    GapReport(EntityManager em, UnitRepository units) {
        this.em = em;
        this.units = units;
    }

    @SuppressWarnings("unchecked")
    public Page<Row> compute(UUID unitId, boolean includeSubunits, CompetencyKind kind, String competencyCode,
                             boolean onlyShort, LocalDate on, PageRequest page) {
        Map<String, Object> params = new HashMap<>();
        params.put("tenant", TenantContext.current());
        params.put("on", on);
        String unitFilter = "";
        if (unitId != null) {
            UUID root = units.require(unitId).id;
            List<UUID> scope = includeSubunits ? units.subtree(root) : List.of(root);
            unitFilter = " and e.unit_id in (:units)";
            params.put("units", scope);
        }
        StringBuilder having = new StringBuilder(" where 1 = 1");
        if (kind != null) {
            having.append(" and d.kind = :kind");
            params.put("kind", kind.name());
        }
        if (competencyCode != null && !competencyCode.isBlank()) {
            having.append(" and g.competency_code = :code");
            params.put("code", competencyCode.trim());
        }
        if (onlyShort) {
            having.append(" and g.short_count > 0");
        }
        String sql = """
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
                    where e.tenant_id = :tenant and e.active""" + unitFilter + """
                ),
                trained as (
                    select t.nip, x ->> 'competencyCode' as competency_code, max(t.completed_on) as completed_on
                    from training_evidence t cross join jsonb_array_elements(t.competencies) x
                    where t.tenant_id = :tenant group by 1, 2),
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
                    order by code, effective_from desc)
                select g.competency_code, coalesce(d.name, g.competency_code), d.kind, g.required, g.short_count,
                       g.average_gap, g.max_gap, g.short_by_1, g.short_by_2, g.short_by_more, g.not_assessed,
                       g.in_development, count(*) over () as total
                from grouped g left join dictionary d on d.code = g.competency_code""" + having + """
                 order by g.short_count desc, g.competency_code
                limit :size offset :offset""";
        params.put("size", page.size);
        params.put("offset", page.offset());
        var query = em.createNativeQuery(sql);
        params.forEach(query::setParameter);
        List<Object[]> rows = query.getResultList();
        // a page past the end carries no row to read the total from: ask for the first row instead
        long total = !rows.isEmpty() ? SqlValues.number(rows.get(0)[12]) : page.page == 1 ? 0
                : compute(unitId, includeSubunits, kind, competencyCode, onlyShort, on, PageRequest.of(1, 1))
                        .totalItems();
        List<Row> items = rows.stream().map(r -> new Row((String) r[0], (String) r[1], (String) r[2],
                SqlValues.number(r[3]), SqlValues.number(r[4]), SqlValues.decimal(r[5]), SqlValues.decimal(r[6]),
                SqlValues.number(r[7]), SqlValues.number(r[8]), SqlValues.number(r[9]), SqlValues.number(r[10]),
                SqlValues.number(r[11]))).toList();
        return Page.of(items, page, total);
    }
}
