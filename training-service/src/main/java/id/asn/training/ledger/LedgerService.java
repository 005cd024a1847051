package id.asn.training.ledger;

import id.asn.platform.kit.caller.Caller;
import id.asn.platform.kit.caller.PeopleAccess;
import id.asn.platform.kit.caller.Roles;
import id.asn.platform.kit.employee.EmployeeDirectory;
import id.asn.platform.kit.paging.Page;
import id.asn.platform.kit.paging.PageRequest;
import id.asn.platform.kit.problem.ProblemException;
import id.asn.platform.kit.sql.NamedSql;
import id.asn.platform.kit.tenant.TenantContext;
import id.asn.training.config.TrainingConfig;
import id.asn.training.ledger.LedgerViews.EntryView;
import id.asn.training.ledger.LedgerViews.RecordEntry;
import id.asn.training.ledger.LedgerViews.Shortfall;
import id.asn.training.ledger.LedgerViews.Statement;
import id.asn.training.ledger.LedgerViews.TrainingCredit;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.Session;

/**
 * The JP ledger: credits, the yearly statement of one employee and the agency's list of who is short. Yearly
 * statement against the minimum: docs/domain.md §2.1.1.
 */
@ApplicationScoped
@Transactional
public class LedgerService {

    private static final NamedSql CREDIT_SQL = NamedSql.of("""
            insert into jp_ledger_entry (id, tenant_id, nip, year, jp, minutes, source, description, enrollment_id,
                                         earned_on, certificate_number, created_at, created_by, updated_at,
                                         updated_by, version)
            select gen_random_uuid(), :tenant, c.nip, :year, :jp, :minutes, 'TRAINING', :description, c.enrollment,
                   :earnedOn, c.certificate, now(), :actor, now(), :actor, 0
            from unnest(:nips::text[], :enrollments::uuid[], :certificates::text[]) as c(nip, enrollment, certificate)""");

    private final LedgerRepository ledger;
    private final EmployeeDirectory directory;
    private final PeopleAccess people;
    private final Caller caller;
    private final TrainingConfig config;
    private final JpConversion jpConversion;
    private final EntityManager em;

    @Inject
    LedgerService(LedgerRepository ledger, EmployeeDirectory directory, PeopleAccess people, Caller caller,
                  TrainingConfig config, JpConversion jpConversion, EntityManager em) {
        this.ledger = ledger;
        this.directory = directory;
        this.people = people;
        this.caller = caller;
        this.config = config;
        this.jpConversion = jpConversion;
        this.em = em;
    }

    /** Credits a session's completions in the year it ended, all in one statement; the minutes are kept for audit. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void creditTrainings(BigDecimal jp, long minutes, LocalDate endedOn, String programTitle,
                                List<TrainingCredit> credits) {
        if (credits.isEmpty()) {
            return;
        }
        String[] nips = credits.stream().map(TrainingCredit::nip).toArray(String[]::new);
        UUID[] enrollments = credits.stream().map(TrainingCredit::enrollmentId).toArray(UUID[]::new);
        String[] certificates = credits.stream().map(TrainingCredit::certificateNumber).toArray(String[]::new);
        String tenant = TenantContext.current();
        String actor = caller.subject();
        em.unwrap(Session.class).doWork(connection -> {
            try (NamedSql.Statement statement = CREDIT_SQL.prepare(connection)) {
                statement.setArray("nips", "text", nips).setArray("enrollments", "uuid", enrollments)
                        .setArray("certificates", "text", certificates).set("tenant", tenant)
                        .set("year", endedOn.getYear()).set("jp", jp).set("minutes", Math.toIntExact(minutes))
                        .set("description", programTitle).set("earnedOn", endedOn).set("actor", actor);
                statement.executeUpdate();
            }
        });
    }

    /**
     * Takes the credits of withdrawn completions off the ledger, in one statement (docs/domain.md §2.6.5): the
     * year's JP sum is then as if they had never completed. Runs before a new credit for the same enrolment.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void withdrawTrainings(List<UUID> enrollmentIds) {
        if (enrollmentIds.isEmpty()) {
            return;
        }
        em.createNativeQuery("""
                        delete from jp_ledger_entry where tenant_id = :tenant and source = 'TRAINING'
                        and enrollment_id in (:enrollments)""")
                .setParameter("tenant", TenantContext.current())
                .setParameter("enrollments", enrollmentIds)
                .executeUpdate();
    }

    /** hr-admin records development done elsewhere; hours are converted with the configured JP rule. */
    public EntryView record(String nip, RecordEntry request) {
        if (directory.find(nip).isEmpty()) {
            throw ProblemException.notFound();
        }
        if ((request.minutes() == null) == (request.jp() == null)) {
            throw ProblemException.invalid("minutes", "ledger.minutes-or-jp");
        }
        LedgerEntry entry = new LedgerEntry();
        entry.nip = nip;
        entry.year = request.earnedOn().getYear();
        entry.minutes = request.minutes();
        entry.jp = request.jp() != null ? request.jp() : jpConversion.jp(request.minutes());
        entry.source = LedgerEntry.Source.EXTERNAL;
        entry.description = request.description().trim();
        entry.earnedOn = request.earnedOn();
        entry.certificateNumber = request.certificateNumber();
        ledger.persist(entry);
        return EntryView.of(entry);
    }

    /** JP each employee has earned in {@code year}, for the plan proposal (docs/domain.md §2.9.1). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, BigDecimal> earnedIn(int year) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        select nip, sum(jp) from jp_ledger_entry where tenant_id = :tenant and year = :year group by nip""")
                .setParameter("tenant", TenantContext.current())
                .setParameter("year", year)
                .getResultList();
        Map<String, BigDecimal> earned = new java.util.HashMap<>();
        rows.forEach(r -> earned.put((String) r[0], (BigDecimal) r[1]));
        return earned;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Statement statement(String nip, int year) {
        people.requireVisible(nip);
        EmployeeDirectory.Person person = directory.find(nip).orElseThrow(ProblemException::notFound);
        List<EntryView> entries = ledger.scoped("nip = :nip and year = :year", Map.of("nip", nip, "year", year),
                Sort.by("earnedOn").and("createdAt")).list().stream().map(EntryView::of).toList();
        BigDecimal earned = entries.stream().map(EntryView::jp).reduce(BigDecimal.ZERO, BigDecimal::add);
        JpCompliance compliance = new JpCompliance(earned, config.yearlyMinimumJp());
        return new Statement(nip, person.name(), year, earned, config.yearlyMinimumJp(), compliance.met(),
                compliance.shortfall(), JpCompliance.daysLeft(year, LocalDate.now()), entries);
    }

    /**
     * Active employees below the yearly minimum, largest shortfall first, computed and paged in SQL. hr-admin sees
     * the agency (optionally one unit), a supervisor their direct reports.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Shortfall> belowMinimum(int year, String unitId, PageRequest page) {
        boolean agency = caller.hasRole(Roles.HR_ADMIN);
        String supervisor = agency ? null : people.ownNip();
        String where = "e.tenant_id = :tenant and e.active and coalesce(x.jp, 0) < :minimum"
                + (unitId != null ? " and e.unit_id = :unit" : "")
                + (supervisor != null ? " and e.supervisor_nip = :supervisor" : "");
        Query query = em.createNativeQuery("""
                        with earned as (
                            select nip, sum(jp) as jp from jp_ledger_entry
                            where tenant_id = :tenant and year = :year group by nip
                        )
                        select e.nip, e.name, e.unit_id, e.unit_name, coalesce(x.jp, 0) as earned,
                               :minimum - coalesce(x.jp, 0) as shortfall,
                               greatest(0, make_date(:year + 1, 1, 1)
                                           - greatest(current_date, make_date(:year, 1, 1))) as days_left,
                               count(*) over () as total
                        from employee_projection e left join earned x on x.nip = e.nip
                        where %s
                        order by shortfall desc, e.nip
                        limit :limit offset :offset""".formatted(where))
                .setParameter("tenant", TenantContext.current())
                .setParameter("year", year)
                .setParameter("minimum", config.yearlyMinimumJp())
                .setParameter("limit", page.size)
                .setParameter("offset", page.offset());
        if (unitId != null) {
            query.setParameter("unit", unitId);
        }
        if (supervisor != null) {
            query.setParameter("supervisor", supervisor);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        long total = rows.isEmpty() ? countBelow(year, where, unitId, supervisor) : ((Number) rows.get(0)[7]).longValue();
        List<Shortfall> items = rows.stream().map(r -> new Shortfall((String) r[0], (String) r[1], (String) r[2],
                (String) r[3], (BigDecimal) r[4], (BigDecimal) r[5], ((Number) r[6]).intValue())).toList();
        return Page.of(items, page, total);
    }

    // a page past the end has no row to carry the window count
    private long countBelow(int year, String where, String unitId, String supervisor) {
        Query query = em.createNativeQuery("""
                        with earned as (
                            select nip, sum(jp) as jp from jp_ledger_entry
                            where tenant_id = :tenant and year = :year group by nip
                        )
                        select count(*) from employee_projection e left join earned x on x.nip = e.nip where %s""".formatted(where))
                .setParameter("tenant", TenantContext.current())
                .setParameter("year", year)
                .setParameter("minimum", config.yearlyMinimumJp());
        if (unitId != null) {
            query.setParameter("unit", unitId);
        }
        if (supervisor != null) {
            query.setParameter("supervisor", supervisor);
        }
        return ((Number) query.getSingleResult()).longValue();
    }
}
