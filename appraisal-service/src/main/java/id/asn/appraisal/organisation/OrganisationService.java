package id.asn.appraisal.organisation;

import id.asn.appraisal.organisation.OrganisationViews.RecordResult;
import id.asn.appraisal.organisation.OrganisationViews.ResultView;
import id.asn.appraisal.period.PeriodService;
import id.asn.platform.kit.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The units' capaian kinerja organisasi (docs/domain.md §3.5): hr-admin records it per unit and period for the leader
 * one level up; it selects the distribution curve of calibration and gives a unit head's hasil kerja (§3.4).
 */
@ApplicationScoped
@Transactional
public class OrganisationService {

    private final OrganisationResultRepository results;
    private final PeriodService periods;

    @Inject
    OrganisationService(OrganisationResultRepository results, PeriodService periods) {
        this.results = results;
        this.periods = periods;
    }

    /** Records or replaces the unit's capaian; replacing needs the row's current {@code version}. */
    public ResultView record(RecordResult request) {
        UUID period = periods.terms(request.periodId()).id();
        String unit = request.unitId().trim();
        OrganisationResult result = results.find(period, unit).orElse(null);
        if (result == null) {
            if (request.version() != null) {
                throw ProblemException.staleVersion();
            }
            result = new OrganisationResult();
            result.periodId = period;
            result.unitId = unit;
        } else if (!Objects.equals(result.version, request.version())) {
            throw ProblemException.staleVersion();
        }
        result.capaian = request.capaian();
        result.reason = request.reason().trim();
        results.persist(result);
        results.flush();
        return ResultView.of(result);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ResultView get(UUID periodId, String unitId) {
        return results.find(periods.terms(periodId).id(), unitId).map(ResultView::of)
                .orElseThrow(ProblemException::notFound);
    }

    /** The unit's capaian in the period, if recorded. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Capaian> capaian(UUID periodId, String unitId) {
        return unitId == null ? Optional.empty() : results.find(periodId, unitId).map(r -> r.capaian);
    }
}
