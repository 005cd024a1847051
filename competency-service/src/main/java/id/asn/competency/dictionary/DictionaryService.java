package id.asn.competency.dictionary;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import id.asn.competency.dictionary.CompetencyViews.CompetencyName;
import id.asn.competency.dictionary.CompetencyViews.CompetencyVersionRequest;
import id.asn.competency.dictionary.CompetencyViews.CompetencyView;
import id.asn.competency.dictionary.CompetencyViews.CreateCompetencyRequest;
import id.asn.competency.dictionary.CompetencyViews.LevelRequest;
import id.asn.competency.dictionary.CompetencyViews.LevelView;
import id.asn.platform.kit.caller.Caller;
import id.asn.platform.kit.paging.Page;
import id.asn.platform.kit.paging.PageRequest;
import id.asn.platform.kit.problem.FieldViolation;
import id.asn.platform.kit.problem.ProblemException;
import id.asn.platform.kit.sql.NamedSql;
import id.asn.platform.kit.tenant.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * National items read-only, agencies add TEKNIS: docs/domain.md §1.1, §1.4. The dictionary as one agency sees it:
 * the national items plus its own technical items, each in the version in force on a given day. Every query
 * carries {@code ownerTenant is null or ownerTenant = :tenant}. Other features get {@link CompetencyName}s.
 */
@ApplicationScoped
@Transactional
public class DictionaryService {

    private static final String VISIBLE = "(c.ownerTenant is null or c.ownerTenant = :tenant)";
    // the levels in the same statement: loaded after the versions they were one SELECT per version (issue 12);
    // ordered here, as @OrderBy orders only a collection loaded on its own
    private static final String WITH_LEVELS = "select c from Competency c left join fetch c.levels l ";
    // the version in force of each code the agency sees, read as flat rows rather than entities: the dictionary is
    // on every employee's page, and loading it as entities with their level collections was most of a read (issue 12)
    private static final String IN_FORCE = """
            select distinct on (code) id, code, kind, name, definition, effective_from, owner_tenant is null as national
            from competency
            where effective_from <= :on and (owner_tenant is null or owner_tenant = :tenant)
            order by code, effective_from desc""";
    // and with their levels, by plain JDBC on a connection of the pool (TenantSession sets its tenant as for any
    // other): Hibernate's native-query machinery around this one statement cost more CPU than the rest of the read
    // (issue 12; docs/adr/0027-plain-jdbc-dictionary-read.md)
    private static final NamedSql IN_FORCE_WITH_LEVELS = NamedSql.of("select c.code, c.kind, c.name, c.definition, "
            + "c.national, c.effective_from, l.level, l.description, cast(l.indicators as text) as indicators "
            + "from (" + IN_FORCE + ") c left join competency_level l on l.competency_id = c.id order by c.code, l.level");

    private final Caller caller;
    private final EntityManager em;
    private final DataSource dataSource;
    private final ObjectReader indicators;

    @Inject
    DictionaryService(Caller caller, EntityManager em, DataSource dataSource, ObjectMapper json) {
        this.caller = caller;
        this.em = em;
        this.dataSource = dataSource;
        this.indicators = json.readerForListOf(String.class);
    }

    /** The versions in force on {@code on}, national first, optionally of one kind. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<CompetencyView> list(CompetencyKind kind, LocalDate on, PageRequest page) {
        List<CompetencyView> all = inForceWithLevels(on).stream()
                .filter(c -> kind == null || c.kind() == kind).toList();
        return Page.of(all.stream().skip(page.offset()).limit(page.size).toList(), page, all.size());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public CompetencyView get(String code, LocalDate on) {
        return current(code, on).map(CompetencyView::of).orElseThrow(ProblemException::notFound);
    }

    /** Every version of {@code code}, newest first; 404 when the agency cannot see it. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CompetencyView> history(String code) {
        List<Competency> versions = versions(code);
        if (versions.isEmpty()) {
            throw ProblemException.notFound();
        }
        return versions.stream().map(CompetencyView::of).toList();
    }

    /** Whether the agency sees {@code code} in a version in force on {@code on}. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean exists(String code, LocalDate on) {
        return current(code, on).isPresent();
    }

    /** Code → name and kind of the version in force on {@code on}, national items first, then by code. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, CompetencyName> names(LocalDate on) {
        List<Object[]> rows = inForce(IN_FORCE, on);
        return rows.stream()
                .map(r -> new CompetencyName((String) r[1], (String) r[3], CompetencyKind.valueOf((String) r[2]),
                        (Boolean) r[6]))
                .sorted(Comparator.comparing((CompetencyName c) -> !c.national()).thenComparing(CompetencyName::code))
                .collect(Collectors.toMap(CompetencyName::code, Function.identity(), (a, b) -> a,
                        LinkedHashMap::new));
    }

    private List<Competency> versions(String code) {
        return Competency.<Competency>find(WITH_LEVELS + "where c.code = :code and " + VISIBLE
                + " order by c.effectiveFrom desc, l.level", Map.of("code", code, "tenant", TenantContext.current())).list();
    }

    private Optional<Competency> current(String code, LocalDate on) {
        return versions(code).stream().filter(c -> !c.effectiveFrom.isAfter(on)).findFirst();
    }

    // national first, then by code, compared in Java so that the order does not depend on the database's collation
    private List<CompetencyView> inForceWithLevels(LocalDate on) {
        Map<String, CompetencyView> items = new LinkedHashMap<>();
        try (Connection connection = dataSource.getConnection();
             NamedSql.Statement query = IN_FORCE_WITH_LEVELS.prepare(connection)
                     .set("on", on).set("tenant", TenantContext.current());
             ResultSet r = query.executeQuery()) {
            while (r.next()) {
                CompetencyView item = items.get(r.getString(1));
                if (item == null) {
                    item = new CompetencyView(r.getString(1), CompetencyKind.valueOf(r.getString(2)), r.getString(3),
                            r.getString(4), r.getBoolean(5), r.getObject(6, LocalDate.class), new ArrayList<>());
                    items.put(item.code(), item);
                }
                int level = r.getInt(7);
                if (!r.wasNull()) {
                    item.levels().add(new LevelView(level, r.getString(8), indicators(r.getString(9))));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the dictionary", e);
        }
        return items.values().stream()
                .sorted(Comparator.comparing((CompetencyView c) -> !c.national()).thenComparing(CompetencyView::code))
                .toList();
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> inForce(String sql, LocalDate on) {
        return em.createNativeQuery(sql, Object[].class).setParameter("on", on)
                .setParameter("tenant", TenantContext.current()).getResultList();
    }

    private List<String> indicators(String array) {
        try {
            return indicators.readValue(array);
        } catch (IOException e) {
            // the column is checked to hold a JSON array on write
            throw new UncheckedIOException(e);
        }
    }

    public CompetencyView create(CreateCompetencyRequest request) {
        List<Competency> existing = versions(request.code());
        if (existing.stream().anyMatch(Competency::isNational)) {
            throw ProblemException.conflict("competency.code.national", request.code());
        }
        if (!existing.isEmpty()) {
            throw ProblemException.conflict("competency.code.exists", request.code());
        }
        return CompetencyView.of(persist(request.code(), request.name(), request.definition(),
                request.effectiveFrom(), request.levels()));
    }

    public CompetencyView addVersion(String code, CompetencyVersionRequest request) {
        List<Competency> existing = versions(code);
        if (existing.isEmpty()) {
            throw ProblemException.notFound();
        }
        if (existing.get(0).isNational()) {
            throw ProblemException.rule("competency.national-read-only", code);
        }
        if (!request.effectiveFrom().isAfter(existing.get(0).effectiveFrom)) {
            throw ProblemException.invalid("effectiveFrom", "competency.version.not-later",
                    existing.get(0).effectiveFrom.toString());
        }
        return CompetencyView.of(persist(code, request.name(), request.definition(), request.effectiveFrom(),
                request.levels()));
    }

    private Competency persist(String code, String name, String definition, LocalDate effectiveFrom,
                               List<LevelRequest> levels) {
        List<FieldViolation> violations = new ArrayList<>();
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < levels.size(); i++) {
            if (!seen.add(levels.get(i).level())) {
                violations.add(new FieldViolation("levels[" + i + "].level", "competency.level.duplicate"));
            }
        }
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
        Competency c = new Competency();
        c.ownerTenant = TenantContext.current();
        c.code = code;
        c.kind = CompetencyKind.TEKNIS;
        c.name = name;
        c.definition = definition;
        c.effectiveFrom = effectiveFrom;
        c.createdBy = caller.subject();
        levels.stream().sorted(Comparator.comparingInt(LevelRequest::level))
                .forEach(l -> c.levels.add(new Competency.Level(l.level(), l.description(), l.indicators())));
        c.persist();
        return c;
    }
}
