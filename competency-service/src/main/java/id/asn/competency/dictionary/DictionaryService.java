package id.asn.competency.dictionary;

import id.asn.competency.dictionary.CompetencyViews.CompetencyName;
import id.asn.competency.dictionary.CompetencyViews.CompetencyVersionRequest;
import id.asn.competency.dictionary.CompetencyViews.CompetencyView;
import id.asn.competency.dictionary.CompetencyViews.CreateCompetencyRequest;
import id.asn.competency.dictionary.CompetencyViews.LevelRequest;
import id.asn.platform.kit.caller.Caller;
import id.asn.platform.kit.paging.Page;
import id.asn.platform.kit.paging.PageRequest;
import id.asn.platform.kit.problem.FieldViolation;
import id.asn.platform.kit.problem.ProblemException;
import id.asn.platform.kit.tenant.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
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

    private final Caller caller;

    @Inject
    DictionaryService(Caller caller) {
        this.caller = caller;
    }

    /** The versions in force on {@code on}, national first, optionally of one kind. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<CompetencyView> list(CompetencyKind kind, LocalDate on, PageRequest page) {
        List<CompetencyView> all = currentAll(on).values().stream()
                .filter(c -> kind == null || c.kind == kind).map(CompetencyView::of).toList();
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
        Map<String, CompetencyName> names = new LinkedHashMap<>();
        currentAll(on).forEach((code, c) -> names.put(code, new CompetencyName(c.code, c.name, c.kind,
                c.isNational())));
        return names;
    }

    private List<Competency> versions(String code) {
        return Competency.<Competency>find(WITH_LEVELS + "where c.code = :code and " + VISIBLE
                + " order by c.effectiveFrom desc, l.level", Map.of("code", code, "tenant", TenantContext.current())).list();
    }

    private Optional<Competency> current(String code, LocalDate on) {
        return versions(code).stream().filter(c -> !c.effectiveFrom.isAfter(on)).findFirst();
    }

    private Map<String, Competency> currentAll(LocalDate on) {
        List<Competency> all = Competency.<Competency>find(WITH_LEVELS + "where c.effectiveFrom <= :on and " + VISIBLE
                + " order by l.level",
                Map.of("on", on, "tenant", TenantContext.current())).list();
        return all.stream()
                .collect(Collectors.groupingBy(c -> c.code,
                        Collectors.collectingAndThen(Collectors.maxBy(Comparator.comparing(c -> c.effectiveFrom)),
                                Optional::get)))
                .values().stream()
                .sorted(Comparator.comparing((Competency c) -> !c.isNational()).thenComparing(c -> c.code))
                .collect(Collectors.toMap(c -> c.code, Function.identity(), (a, b) -> a, LinkedHashMap::new));
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
