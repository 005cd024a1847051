package id.asn.competency.profile;

import id.asn.competency.dictionary.CompetencyKind;
import id.asn.competency.organisation.UnitService;
import id.asn.competency.profile.ProfileViews.GapReportRow;
import id.asn.platform.kit.paging.Page;
import id.asn.platform.kit.paging.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Gap reports per unit (with the units below it) or per agency, for development planning (TNA). */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class GapReportService {

    private final UnitService units;
    private final GapReportQuery query;

    @Inject
    GapReportService(UnitService units, GapReportQuery query) {
        this.units = units;
        this.query = query;
    }

    /** @param unitId null: the whole agency; otherwise 404 unless the agency's unit */
    public Page<GapReportRow> report(UUID unitId, boolean includeSubunits, CompetencyKind kind, String competencyCode,
                                     boolean onlyShort, LocalDate on, PageRequest page) {
        List<UUID> scope = unitId == null ? List.of() : units.scope(unitId, includeSubunits);
        return query.compute(scope, kind, competencyCode, onlyShort, on, page);
    }
}
