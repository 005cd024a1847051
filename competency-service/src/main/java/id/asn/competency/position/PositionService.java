package id.asn.competency.position;

import id.asn.competency.config.CompetencyConfig;
import id.asn.competency.dictionary.CompetencyKind;
import id.asn.competency.dictionary.DictionaryService;
import id.asn.competency.gap.GapService;
import id.asn.competency.organisation.UnitService;
import id.asn.competency.position.PositionViews.PositionRequest;
import id.asn.competency.position.PositionViews.PositionView;
import id.asn.competency.position.PositionViews.StandardItem;
import id.asn.competency.position.PositionViews.StandardRequest;
import id.asn.competency.position.PositionViews.StandardSuggestion;
import id.asn.competency.position.PositionViews.StandardView;
import id.asn.platform.kit.paging.Page;
import id.asn.platform.kit.paging.PageRequest;
import id.asn.platform.kit.problem.FieldViolation;
import id.asn.platform.kit.problem.ProblemException;
import id.asn.platform.problem.Messages;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Positions and their versioned competency standards. */
@ApplicationScoped
@Transactional
public class PositionService {

    private final PositionRepository positions;
    private final PositionStandardRepository standards;
    private final UnitService units;
    private final DictionaryService dictionary;
    private final GapService gaps;
    private final CompetencyConfig config;

    @Inject
    PositionService(PositionRepository positions, PositionStandardRepository standards, UnitService units,
                    DictionaryService dictionary, GapService gaps, CompetencyConfig config) {
        this.positions = positions;
        this.standards = standards;
        this.units = units;
        this.dictionary = dictionary;
        this.gaps = gaps;
        this.config = config;
    }

    /** The agency's positions by code, optionally of one unit or one class. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<PositionView> list(UUID unitId, PositionClass positionClass, PageRequest page) {
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (unitId != null) {
            where.append(" and unitId = :unit");
            params.put("unit", unitId);
        }
        if (positionClass != null) {
            where.append(" and positionClass = :class");
            params.put("class", positionClass);
        }
        return positions.page(positions.scoped(where.toString(), params, Sort.by("code")), page, PositionView::of);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PositionView get(UUID id) {
        return PositionView.of(positions.require(id));
    }

    /** The agency's position, empty when it is not (or no longer) there. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<PositionView> find(UUID id) {
        return positions.findInTenant(id).map(PositionView::of);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PositionView> findByCodes(Collection<String> codes) {
        return positions.findByCodes(codes).stream().map(PositionView::of).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PositionView> findByIds(Collection<UUID> ids) {
        return ids.isEmpty() ? List.of()
                : positions.scoped("id in :ids", Map.of("ids", ids)).list().stream().map(PositionView::of).toList();
    }

    /** Every version of the position's standard, newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<StandardView> standards(UUID positionId) {
        positions.require(positionId);
        return standards.versions(positionId).stream().map(StandardView::of).toList();
    }

    /** The version in force on {@code on}; 404 also when none is in force yet. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public StandardView standard(UUID positionId, LocalDate on) {
        positions.require(positionId);
        return standards.current(positionId, on).map(StandardView::of).orElseThrow(ProblemException::notFound);
    }

    public PositionView create(PositionRequest request) {
        if (positions.findByCode(request.code()).isPresent()) {
            throw ProblemException.conflict("position.code.exists", request.code());
        }
        Position position = new Position();
        apply(position, request);
        positions.persist(position);
        positions.flush();
        return PositionView.of(position);
    }

    public PositionView update(UUID id, PositionRequest request) {
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
        return PositionView.of(position);
    }

    private void apply(Position position, PositionRequest request) {
        if (request.unitId() != null && !units.exists(request.unitId())) {
            throw ProblemException.invalid("unitId", "unit.unknown");
        }
        position.code = request.code();
        position.title = request.title();
        position.positionClass = request.positionClass();
        position.unitId = request.unitId();
    }

    /** Adds a version of the standard; when it is already in force, the holders' gaps are refreshed at once. */
    public StandardView addStandard(UUID positionId, StandardRequest request) {
        Position position = positions.require(positionId);
        List<FieldViolation> violations = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < request.items().size(); i++) {
            String code = request.items().get(i).competencyCode();
            if (!seen.add(code)) {
                violations.add(new FieldViolation("items[" + i + "].competencyCode", "standard.item.duplicate"));
            } else if (!dictionary.exists(code, request.effectiveFrom())) {
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
        return StandardView.of(standard);
    }

    /** The class default of docs/domain.md §1.6 for every national item: a starting point, never a rule. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public StandardSuggestion suggest(UUID positionId, Messages messages) {
        Position position = positions.require(positionId);
        Integer level = config.classDefaultLevel().get(position.positionClass.name());
        List<StandardItem> items = level == null ? List.of() : dictionary.names(LocalDate.now()).values()
                .stream().filter(c -> c.kind() != CompetencyKind.TEKNIS && c.national())
                .map(c -> new StandardItem(c.code(), level)).toList();
        return new StandardSuggestion(position.id, position.positionClass, items,
                messages.get(level == null ? "position.suggestion.none" : "position.suggestion.convention"));
    }
}
