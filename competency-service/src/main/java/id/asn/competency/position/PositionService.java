package id.asn.competency.position;

import id.asn.competency.CompetencyConfig;
import id.asn.competency.dictionary.Competency;
import id.asn.competency.dictionary.CompetencyKind;
import id.asn.competency.dictionary.DictionaryService;
import id.asn.competency.organisation.UnitRepository;
import id.asn.competency.position.PositionViews.PositionRequest;
import id.asn.competency.position.PositionViews.StandardItem;
import id.asn.competency.position.PositionViews.StandardRequest;
import id.asn.competency.position.PositionViews.StandardSuggestion;
import id.asn.competency.profile.GapService;
import id.asn.platform.kit.problem.FieldViolation;
import id.asn.platform.kit.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Positions and their versioned competency standards. */
@ApplicationScoped
@Transactional
public class PositionService {

    private final PositionRepository positions;
    private final PositionStandardRepository standards;
    private final UnitRepository units;
    private final DictionaryService dictionary;
    private final GapService gaps;
    private final CompetencyConfig config;

    @Inject
    PositionService(PositionRepository positions, PositionStandardRepository standards, UnitRepository units,
                    DictionaryService dictionary, GapService gaps, CompetencyConfig config) {
        this.positions = positions;
        this.standards = standards;
        this.units = units;
        this.dictionary = dictionary;
        this.gaps = gaps;
        this.config = config;
    }

    public Position create(PositionRequest request) {
        if (positions.findByCode(request.code()).isPresent()) {
            throw ProblemException.conflict("position.code.exists", request.code());
        }
        Position position = new Position();
        apply(position, request);
        positions.persist(position);
        positions.flush();
        return position;
    }

    public Position update(UUID id, PositionRequest request) {
        Position position = positions.require(id);
        if (request.version() == null) {
            throw ProblemException.invalid("version", "field.required");
        }
        if (!request.version().equals(position.version)) {
            throw ProblemException.staleVersion();
        }
        if (!position.code.equals(request.code()) && positions.findByCode(request.code()).isPresent()) {
            throw ProblemException.conflict("position.code.exists", request.code());
        }
        apply(position, request);
        positions.flush();
        return position;
    }

    private void apply(Position position, PositionRequest request) {
        if (request.unitId() != null && units.findInTenant(request.unitId()).isEmpty()) {
            throw ProblemException.invalid("unitId", "unit.unknown");
        }
        position.code = request.code();
        position.title = request.title();
        position.positionClass = request.positionClass();
        position.unitId = request.unitId();
    }

    /** Adds a version of the standard; when it is already in force, the holders' gaps are refreshed at once. */
    public PositionStandard addStandard(UUID positionId, StandardRequest request) {
        Position position = positions.require(positionId);
        List<FieldViolation> violations = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < request.items().size(); i++) {
            String code = request.items().get(i).competencyCode();
            if (!seen.add(code)) {
                violations.add(new FieldViolation("items[" + i + "].competencyCode", "standard.item.duplicate"));
            } else if (dictionary.current(code, request.effectiveFrom()).isEmpty()) {
                violations.add(new FieldViolation("items[" + i + "].competencyCode", "competency.unknown", code));
            }
        }
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
        if (standards.versions(positionId).stream().anyMatch(s -> s.effectiveFrom.equals(request.effectiveFrom()))) {
            throw ProblemException.conflict("standard.version.exists", request.effectiveFrom().toString());
        }
        PositionStandard standard = new PositionStandard();
        standard.positionId = position.id;
        standard.effectiveFrom = request.effectiveFrom();
        request.items().forEach(i -> standard.items.add(new PositionStandard.Item(i.competencyCode(),
                i.requiredLevel())));
        standards.persist(standard);
        standards.flush();
        if (!standard.effectiveFrom.isAfter(LocalDate.now())) {
            gaps.refreshPosition(position.id);
        }
        return standard;
    }

    /** The class default of DOMAIN §1.6 for every national item: a starting point, never a rule. */
    public StandardSuggestion suggest(UUID positionId) {
        Position position = positions.require(positionId);
        Integer level = config.suggestedLevel(position.positionClass);
        List<StandardItem> items = level == null ? List.of() : dictionary.currentAll(LocalDate.now()).values()
                .stream().filter(c -> c.kind != CompetencyKind.TEKNIS && c.isNational())
                .map((Competency c) -> new StandardItem(c.code, level)).toList();
        return new StandardSuggestion(position.id, position.positionClass, items,
                level == null ? "position.suggestion.none" : "position.suggestion.convention");
    }
}
