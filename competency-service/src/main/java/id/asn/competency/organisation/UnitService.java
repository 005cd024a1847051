package id.asn.competency.organisation;

import id.asn.competency.organisation.UnitViews.UnitRequest;
import id.asn.competency.organisation.UnitViews.UnitView;
import id.asn.platform.kit.paging.Page;
import id.asn.platform.kit.paging.PageRequest;
import id.asn.platform.kit.problem.ProblemException;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/** The agency's unit tree: written by hr-admin, read by every feature that places people or positions in it. */
@ApplicationScoped
@Transactional
public class UnitService {

    private final UnitRepository units;

    @Inject
    UnitService(UnitRepository units) {
        this.units = units;
    }

    /** One level of the tree below {@code parentId}, the top level ({@code roots}), or every unit; by code. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<UnitView> list(UUID parentId, boolean roots, PageRequest page) {
        Sort byCode = Sort.by("code");
        var query = parentId != null ? units.scoped("parentId = :p", Map.of("p", parentId), byCode)
                : roots ? units.scoped("parentId is null", Map.of(), byCode) : units.all(byCode);
        return units.page(query, page, UnitView::of);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public UnitView get(UUID id) {
        return UnitView.of(units.require(id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean exists(UUID id) {
        return units.findInTenant(id).isPresent();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<UnitView> findByCodes(Collection<String> codes) {
        return units.findByCodes(codes).stream().map(UnitView::of).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<UnitView> findByIds(Collection<UUID> ids) {
        return ids.isEmpty() ? List.of()
                : units.scoped("id in :ids", Map.of("ids", ids)).list().stream().map(UnitView::of).toList();
    }

    /** The unit (404 when not the agency's) with, if asked, every unit below it. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<UUID> scope(UUID unitId, boolean includeSubunits) {
        UUID root = units.require(unitId).id;
        return includeSubunits ? units.subtree(root) : List.of(root);
    }

    public UnitView create(UnitRequest request) {
        if (units.findByCode(request.code()).isPresent()) {
            throw ProblemException.conflict("unit.code.exists", request.code());
        }
        Unit unit = new Unit();
        unit.code = request.code();
        unit.name = request.name();
        unit.parentId = parent(request.parentId(), null);
        units.persist(unit);
        units.flush();
        return UnitView.of(unit);
    }

    public UnitView update(UUID id, UnitRequest request) {
        Unit unit = units.require(id);
        if (request.version() == null) {
            throw ProblemException.invalid("version", "field.required");
        }
        if (!request.version().equals(unit.version)) {
            throw ProblemException.staleVersion();
        }
        if (!unit.code.equals(request.code()) && units.findByCode(request.code()).isPresent()) {
            throw ProblemException.conflict("unit.code.exists", request.code());
        }
        unit.code = request.code();
        unit.name = request.name();
        unit.parentId = parent(request.parentId(), unit.id);
        units.flush();
        return UnitView.of(unit);
    }

    private UUID parent(UUID parentId, UUID moving) {
        if (parentId == null) {
            return null;
        }
        if (units.findInTenant(parentId).isEmpty()) {
            throw ProblemException.invalid("parentId", "unit.parent.unknown");
        }
        if (moving != null && (Objects.equals(parentId, moving) || units.subtree(moving).contains(parentId))) {
            throw ProblemException.rule("unit.parent.cycle");
        }
        return parentId;
    }
}
