package id.asn.competency.dictionary;

import id.asn.competency.dictionary.CompetencyViews.CompetencyVersionRequest;
import id.asn.competency.dictionary.CompetencyViews.CreateCompetencyRequest;
import id.asn.competency.dictionary.CompetencyViews.LevelRequest;
import id.asn.platform.kit.caller.Caller;
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
 * The dictionary as one agency sees it: the national items plus its own technical items, each in the version in
 * force on a given day. Every query carries {@code ownerTenant is null or ownerTenant = :tenant}.
 */
@ApplicationScoped
public class DictionaryService {

    private static final String VISIBLE = "(ownerTenant is null or ownerTenant = :tenant)";

    private final Caller caller;

    @Inject
    DictionaryService(Caller caller) {
        this.caller = caller;
    }

    /** Every version of {@code code}, newest first; empty when the agency cannot see it. */
    public List<Competency> versions(String code) {
        return Competency.<Competency>find("code = :code and " + VISIBLE + " order by effectiveFrom desc",
                Map.of("code", code, "tenant", TenantContext.current())).list();
    }

    public Optional<Competency> current(String code, LocalDate on) {
        return versions(code).stream().filter(c -> !c.effectiveFrom.isAfter(on)).findFirst();
    }

    public Competency requireCurrent(String code, LocalDate on) {
        return current(code, on).orElseThrow(ProblemException::notFound);
    }

    /** Code → version in force on {@code on}, national items first, then by code. */
    public Map<String, Competency> currentAll(LocalDate on) {
        List<Competency> all = Competency.<Competency>find("effectiveFrom <= :on and " + VISIBLE,
                Map.of("on", on, "tenant", TenantContext.current())).list();
        return all.stream()
                .collect(Collectors.groupingBy(c -> c.code,
                        Collectors.collectingAndThen(Collectors.maxBy(Comparator.comparing(c -> c.effectiveFrom)),
                                Optional::get)))
                .values().stream()
                .sorted(Comparator.comparing((Competency c) -> !c.isNational()).thenComparing(c -> c.code))
                .collect(Collectors.toMap(c -> c.code, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    }

    @Transactional
    public Competency create(CreateCompetencyRequest request) {
        List<Competency> existing = versions(request.code());
        if (existing.stream().anyMatch(Competency::isNational)) {
            throw ProblemException.conflict("competency.code.national", request.code());
        }
        if (!existing.isEmpty()) {
            throw ProblemException.conflict("competency.code.exists", request.code());
        }
        return persist(request.code(), request.name(), request.definition(), request.effectiveFrom(),
                request.levels());
    }

    @Transactional
    public Competency addVersion(String code, CompetencyVersionRequest request) {
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
        return persist(code, request.name(), request.definition(), request.effectiveFrom(), request.levels());
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
