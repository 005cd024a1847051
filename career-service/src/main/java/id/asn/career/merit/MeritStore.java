package id.asn.career.merit;

import id.asn.career.merit.MeritRule.Contribution;
import id.asn.career.merit.MeritRule.Count;
import id.asn.platform.kit.tenant.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.hibernate.Session;

/**
 * The merit pre-aggregate (tables merit_contribution and merit_tally) and the facts it is computed from. The facts
 * are read from the projections and records career-service keeps (the kit's employee_projection, appraisal_result, training_record,
 * competency_assessment, position_entry, promotion_proposal, open selections) as a read model, by SQL: merit owns
 * none of them and changes none.
 */
@ApplicationScoped
public class MeritStore {

    /** A decided regular promotion and the TMT of the rank it left (null when that rank's TMT is unknown). */
    public record DecidedPromotion(LocalDate effectiveOn, LocalDate fromRankTmt) {
    }

    /** The raw facts of one employee. */
    public record Facts(boolean active, List<LocalDate[]> assessments, Set<Integer> appraisedYears,
                        Map<Integer, BigDecimal> jpPerYear, List<MeritRule.Appointment> appointments,
                        List<DecidedPromotion> promotions) {
    }

    private final EntityManager em;

    @Inject
    MeritStore(EntityManager em) {
        this.em = em;
    }

    /** The facts of each of {@code nips} the projection knows. */
    public Map<String, Facts> facts(Collection<String> nips, Collection<String> selectionClasses) {
        Map<String, Facts> facts = new HashMap<>();
        for (Object[] r : rows("select nip, active from employee_projection where tenant_id = :tenant and nip in (:nips)",
                nips)) {
            facts.put((String) r[0], new Facts((Boolean) r[1], new ArrayList<>(), new TreeSet<>(), new TreeMap<>(),
                    new ArrayList<>(), new ArrayList<>()));
        }
        // an assessment a later one corrects (of the same employee) is not current evidence
        List<Object[]> assessments = rows("""
                select nip, assessment_id, assessed_on, valid_until, supersedes from competency_assessment
                where tenant_id = :tenant and nip in (:nips)""", nips);
        Set<String> superseded = new HashSet<>();
        assessments.stream().filter(r -> r[4] != null).forEach(r -> superseded.add((String) r[4]));
        for (Object[] r : assessments) {
            if (!superseded.contains((String) r[1])) {
                with(facts, r, f -> f.assessments().add(new LocalDate[]{date(r[2]), date(r[3])}));
            }
        }
        for (Object[] r : rows("""
                select distinct nip, year from appraisal_result
                where tenant_id = :tenant and nip in (:nips) and period_type = 'ANNUAL'""", nips)) {
            with(facts, r, f -> f.appraisedYears().add(((Number) r[1]).intValue()));
        }
        for (Object[] r : rows("""
                select nip, cast(extract(year from completed_on) as integer), sum(jp) from training_record
                where tenant_id = :tenant and nip in (:nips) and not withdrawn group by 1, 2""", nips)) {
            with(facts, r, f -> f.jpPerYear().put(((Number) r[1]).intValue(), (BigDecimal) r[2]));
        }
        // an appointment is a position entry after the person's first one (the first is where the record starts)
        var appointments = em.createNativeQuery("""
                        select nip, day, through_selection from (
                            select pe.nip, pe.position_class, coalesce(pe.tmt, cast(pe.created_at as date)) as day,
                                row_number() over (partition by pe.nip order by coalesce(pe.tmt,
                                    cast(pe.created_at as date)), pe.created_at) as n,
                                exists (select 1 from selection_candidate sc
                                    join open_selection os on os.id = sc.selection_id
                                    where sc.tenant_id = pe.tenant_id and sc.nip = pe.nip
                                      and os.position_id = pe.position_id and os.published_at is not null)
                                    as through_selection
                            from position_entry pe where pe.tenant_id = :tenant and pe.nip in (:nips)) e
                        where n > 1 and position_class in (:classes)""")
                .setParameter("tenant", TenantContext.current())
                .setParameter("nips", nips)
                .setParameter("classes", selectionClasses);
        for (Object r0 : appointments.getResultList()) {
            Object[] r = (Object[]) r0;
            with(facts, r, f -> f.appointments().add(new MeritRule.Appointment(date(r[1]), (Boolean) r[2])));
        }
        for (Object[] r : rows("""
                select p.nip, p.effective_on, (select max(r.tmt) from rank_entry r where r.tenant_id = p.tenant_id
                    and r.nip = p.nip and r.rank = p.from_rank) from promotion_proposal p
                where p.tenant_id = :tenant and p.nip in (:nips) and p.status = 'APPROVED'
                  and p.promotion_type = 'REGULER'""", nips)) {
            with(facts, r, f -> f.promotions().add(new DecidedPromotion(date(r[1]), date(r[2]))));
        }
        return facts;
    }

    /** Active holders per position, and whether competency-service measured anyone against it. */
    public Map<String, long[]> positions(Collection<String> positionIds) {
        Map<String, long[]> out = new HashMap<>();
        positionIds.forEach(id -> out.put(id, new long[]{0, 0}));
        for (Object[] r : rows("""
                select position_id, count(*) from employee_projection where tenant_id = :tenant and active
                    and position_id in (:nips) group by position_id""", positionIds)) {
            out.get((String) r[0])[0] = ((Number) r[1]).longValue();
        }
        for (Object[] r : rows("""
                select position_id, 1 from position_standard_seen where tenant_id = :tenant
                    and position_id in (:nips)""", positionIds)) {
            out.get((String) r[0])[1] = 1;
        }
        return out;
    }

    /** The agency's NIPs and the positions its employees hold, for a rebuild. */
    @SuppressWarnings("unchecked")
    public List<String> allNips() {
        return em.createNativeQuery("select nip from employee_projection where tenant_id = :tenant order by nip")
                .setParameter("tenant", TenantContext.current()).getResultList();
    }

    @SuppressWarnings("unchecked")
    public List<String> allPositions() {
        return em.createNativeQuery("""
                        select distinct position_id from employee_projection where tenant_id = :tenant
                            and position_id is not null order by 1""")
                .setParameter("tenant", TenantContext.current()).getResultList();
    }

    /** The stored contributions of each subject; read first in a recount. */
    public Map<String, Set<Contribution>> contributions(Collection<String> subjects) {
        // the change that caused the recount may still be in the session only
        em.flush();
        Map<String, Set<Contribution>> out = new HashMap<>();
        for (Object[] r : rows("""
                select subject, figure, period from merit_contribution where tenant_id = :tenant
                    and subject in (:nips)""", subjects)) {
            out.computeIfAbsent((String) r[0], k -> new TreeSet<>())
                    .add(new Contribution(Count.valueOf((String) r[1]), (String) r[2]));
        }
        return out;
    }

    /**
     * Replaces the contributions of subjects and moves the agency's tallies by what really changed: set-based (one
     * statement each for the removed, the added and the tallies, whatever the number of subjects), and the tally
     * moves by the rows each statement returns, not by the intended difference. So two transactions recounting
     * the same subject at once (its training and its appraisal arriving together) never count it twice: the
     * second insert of a row waits for the first, then finds it and returns nothing.
     */
    public void replace(Map<String, Set<Contribution>> before, Map<String, Set<Contribution>> after) {
        List<String[]> removed = new ArrayList<>();
        List<String[]> added = new ArrayList<>();
        Set<String> subjects = new TreeSet<>(before.keySet());
        subjects.addAll(after.keySet());
        for (String subject : subjects) {
            Set<Contribution> was = before.getOrDefault(subject, Set.of());
            Set<Contribution> is = after.getOrDefault(subject, Set.of());
            was.stream().filter(c -> !is.contains(c))
                    .forEach(c -> removed.add(new String[]{subject, c.count().name(), c.period()}));
            is.stream().filter(c -> !was.contains(c))
                    .forEach(c -> added.add(new String[]{subject, c.count().name(), c.period()}));
        }
        if (removed.isEmpty() && added.isEmpty()) {
            return;
        }
        String tenant = TenantContext.current();
        em.unwrap(Session.class).doWork(connection -> {
            Map<Contribution, Long> delta = new TreeMap<>();
            if (!removed.isEmpty()) {
                triples(connection, tenant, """
                        delete from merit_contribution where tenant_id = ? and (subject, figure, period) in
                            (select * from unnest(?::text[], ?::text[], ?::text[]))
                        returning figure, period""", removed, delta, -1);
            }
            if (!added.isEmpty()) {
                triples(connection, tenant, """
                        insert into merit_contribution (tenant_id, subject, figure, period)
                        select ?, * from unnest(?::text[], ?::text[], ?::text[])
                        on conflict do nothing returning figure, period""", added, delta, 1);
            }
            delta.values().removeIf(d -> d == 0);
            if (!delta.isEmpty()) {
                // in a fixed key order, so that two transactions moving the same tallies never deadlock
                try (PreparedStatement s = connection.prepareStatement("""
                        insert into merit_tally (tenant_id, figure, period, count)
                        select ?, * from unnest(?::text[], ?::text[], ?::bigint[])
                        on conflict (tenant_id, figure, period) do update set count = merit_tally.count + excluded.count""")) {
                    s.setString(1, tenant);
                    s.setArray(2, connection.createArrayOf("text",
                            delta.keySet().stream().map(c -> c.count().name()).toArray()));
                    s.setArray(3, connection.createArrayOf("text",
                            delta.keySet().stream().map(Contribution::period).toArray()));
                    s.setArray(4, connection.createArrayOf("bigint", delta.values().toArray()));
                    s.executeUpdate();
                }
            }
        });
    }

    /**
     * The tallies of {@code year} on {@code on} per agency (all agencies when {@code tenant} is null): the year's
     * counts, those of no year, and the assessments still current on that day.
     */
    @SuppressWarnings("unchecked")
    public Map<String, Map<Count, Long>> tallies(String tenant, int year, LocalDate on) {
        var query = em.createNativeQuery("""
                        select tenant_id, figure, sum(count) from merit_tally
                        where (cast(:tenant as varchar) is null or tenant_id = cast(:tenant as varchar))
                          and (period = :any or period = :year or (figure = :assessed and period >= :on))
                        group by tenant_id, figure""")
                .setParameter("tenant", tenant)
                .setParameter("any", MeritRule.ANY)
                .setParameter("year", String.valueOf(year))
                .setParameter("assessed", Count.ASSESSED_UNTIL.name())
                .setParameter("on", on.toString());
        Map<String, Map<Count, Long>> out = new TreeMap<>();
        for (Object[] r : (List<Object[]>) query.getResultList()) {
            out.computeIfAbsent((String) r[0], k -> new HashMap<>())
                    .put(Count.valueOf((String) r[1]), ((Number) r[2]).longValue());
        }
        return out;
    }

    /** Runs a statement over (subject, figure, period) rows and adds {@code sign} per returned row to the delta. */
    private static void triples(Connection connection, String tenant, String sql, List<String[]> rows,
                                Map<Contribution, Long> delta, long sign) throws java.sql.SQLException {
        try (PreparedStatement s = connection.prepareStatement(sql)) {
            s.setString(1, tenant);
            for (int i = 0; i < 3; i++) {
                int column = i;
                s.setArray(i + 2, connection.createArrayOf("text", rows.stream().map(r -> r[column]).toArray()));
            }
            try (var changed = s.executeQuery()) {
                while (changed.next()) {
                    delta.merge(new Contribution(Count.valueOf(changed.getString(1)), changed.getString(2)), sign,
                            Long::sum);
                }
            }
        }
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, Collection<String> keys) {
        if (keys.isEmpty()) {
            return List.of();
        }
        return em.createNativeQuery(sql)
                .setParameter("tenant", TenantContext.current())
                .setParameter("nips", keys)
                .getResultList();
    }

    private static void with(Map<String, Facts> facts, Object[] row, java.util.function.Consumer<Facts> action) {
        Facts f = facts.get((String) row[0]);
        if (f != null) {
            action.accept(f);
        }
    }

    private static LocalDate date(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof LocalDate d ? d : ((Date) value).toLocalDate();
    }
}
