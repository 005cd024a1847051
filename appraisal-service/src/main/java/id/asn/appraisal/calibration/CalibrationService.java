package id.asn.appraisal.calibration;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.asn.appraisal.appraisal.Appraisal;
import id.asn.appraisal.appraisal.AppraisalService;
import id.asn.appraisal.appraisal.AppraisalViews.Calibrated;
import id.asn.appraisal.appraisal.AppraisalViews.CalibrationRow;
import id.asn.appraisal.appraisal.Predikat;
import id.asn.appraisal.calibration.CalibrationViews.Adjust;
import id.asn.appraisal.calibration.CalibrationViews.CalibrationView;
import id.asn.appraisal.calibration.CalibrationViews.ChangeView;
import id.asn.appraisal.calibration.CalibrationViews.FinalizeUnit;
import id.asn.appraisal.calibration.CalibrationViews.Member;
import id.asn.appraisal.calibration.CalibrationViews.Settled;
import id.asn.appraisal.calibration.DistributionCurveRule.Comparison;
import id.asn.appraisal.calibration.DistributionCurveRule.Share;
import id.asn.appraisal.config.AppraisalConfig;
import id.asn.appraisal.employee.People;
import id.asn.appraisal.organisation.Capaian;
import id.asn.appraisal.organisation.OrganisationService;
import id.asn.appraisal.period.PeriodService;
import id.asn.platform.kit.employee.EmployeeDirectory.Person;
import id.asn.platform.kit.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Calibration of a unit's annual appraisals (docs/domain.md §3.5), run by hr-admin: the unit's predikat distribution
 * against the curve its capaian kinerja organisasi selects, with a warning for each predikat further from it than
 * the tolerance; changes to ratings kept with the pejabat penilai's original, the reason and the author; and the
 * settlement, which needs a justification outside the curve and finalizes the unit's rated appraisals.
 */
@ApplicationScoped
@Transactional
public class CalibrationService {

    private final AppraisalService appraisals;
    private final OrganisationService organisation;
    private final PeriodService periods;
    private final CalibrationRepository calibrations;
    private final CalibrationChangeRepository changes;
    private final People people;
    private final AppraisalConfig config;
    private final ObjectMapper json;

    @Inject
    CalibrationService(AppraisalService appraisals, OrganisationService organisation, PeriodService periods,
                       CalibrationRepository calibrations, CalibrationChangeRepository changes, People people,
                       AppraisalConfig config, ObjectMapper json) {
        this.appraisals = appraisals;
        this.organisation = organisation;
        this.periods = periods;
        this.calibrations = calibrations;
        this.changes = changes;
        this.people = people;
        this.config = config;
        this.json = json;
    }

    /** The unit against its curve; 422 while the unit's capaian is not recorded. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public CalibrationView view(UUID periodId, String unitId) {
        UUID period = periods.terms(periodId).id();
        Capaian capaian = capaian(period, unitId);
        List<CalibrationRow> rows = appraisals.calibrationRows(period, unitId);
        Comparison comparison = compare(capaian, rows);
        Map<String, String> names = people.names(rows.stream().map(CalibrationRow::nip).toList());
        List<Member> members = rows.stream().map(r -> new Member(r.id(), r.nip(), names.get(r.nip()), r.status(),
                r.hasilKerja(), r.perilakuKerja(), r.predikat(), r.originalPredikat())).toList();
        long unrated = rows.stream().filter(r -> r.predikat() == null).count();
        List<String> warnings = comparison.shares().stream().filter(Share::outsideTolerance)
                .map(s -> String.format("%s: %s %% against %d %% of the curve (%s%s points)", s.predikat(),
                        s.actualPercent(), s.curvePercent(), s.differencePoints().signum() > 0 ? "+" : "",
                        s.differencePoints()))
                .toList();
        Settled settled = calibrations.find(period, unitId).map(Settled::of).orElse(null);
        return new CalibrationView(period, unitId, capaian, config.calibration().tolerancePoints(),
                comparison.total(), unrated, comparison.shares(), comparison.largestDifference(),
                comparison.outside(), warnings, members, settled);
    }

    /** The same comparison drawn as a PNG bar chart. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public byte[] chart(UUID periodId, String unitId) {
        CalibrationView view = view(periodId, unitId);
        String unitName = view.appraisals().stream().map(Member::nip).map(people::find).flatMap(Optional::stream)
                .map(Person::unitName).filter(Objects::nonNull).findFirst().orElse(unitId);
        return DistributionChart.png(view, unitName);
    }

    /** Changes one RATED annual appraisal's ratings; the change is kept with its reason and author. */
    public ChangeView adjust(Adjust request) {
        requireReason("reason", request.reason(), "calibration.reason-short");
        Calibrated calibrated = appraisals.calibrate(request.appraisalId(), request.hasilKerja(),
                request.perilakuKerja());
        CalibrationChange change = new CalibrationChange();
        change.appraisalId = calibrated.appraisalId();
        change.periodId = calibrated.periodId();
        change.unitId = calibrated.unitId();
        change.hasilBefore = calibrated.hasilBefore();
        change.perilakuBefore = calibrated.perilakuBefore();
        change.predikatBefore = calibrated.predikatBefore();
        change.hasilAfter = calibrated.hasilAfter();
        change.perilakuAfter = calibrated.perilakuAfter();
        change.predikatAfter = calibrated.predikatAfter();
        change.reason = request.reason().trim();
        changes.persist(change);
        changes.flush();
        return ChangeView.of(change);
    }

    /** Every change calibration made in the unit, oldest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ChangeView> changes(UUID periodId, String unitId) {
        return changes.of(periods.terms(periodId).id(), unitId).stream().map(ChangeView::of).toList();
    }

    /**
     * Settles the unit's calibration and finalizes its rated annual appraisals: every annual appraisal of the unit
     * must be rated, and a unit outside its curve needs a justification (400 naming {@code justification}, with
     * the largest difference).
     */
    public CalibrationView finalize(FinalizeUnit request) {
        UUID period = periods.terms(request.periodId()).id();
        String unit = request.unitId().trim();
        if (calibrations.find(period, unit).isPresent()) {
            throw ProblemException.rule("calibration.finalized");
        }
        Capaian capaian = capaian(period, unit);
        List<CalibrationRow> rows = appraisals.calibrationRows(period, unit);
        long unrated = rows.stream().filter(r -> r.status() == Appraisal.Status.DRAFT).count();
        if (unrated > 0) {
            throw ProblemException.rule("calibration.unrated", unrated);
        }
        Comparison comparison = compare(capaian, rows);
        if (comparison.total() == 0) {
            throw ProblemException.rule("calibration.empty");
        }
        String justification = request.justification() == null ? null : request.justification().trim();
        int min = config.calibration().justificationMinLength();
        if (comparison.outside() && (justification == null || justification.length() < min)) {
            throw ProblemException.invalid("justification", "calibration.justification-required",
                    comparison.largestDifference(), config.calibration().tolerancePoints(), min);
        }
        UnitCalibration calibration = new UnitCalibration();
        calibration.periodId = period;
        calibration.unitId = unit;
        calibration.capaian = capaian;
        calibration.comparison = write(comparison);
        calibration.largestDifference = comparison.largestDifference();
        calibration.outsideCurve = comparison.outside();
        calibration.justification = justification == null || justification.isEmpty() ? null : justification;
        calibration.finalizedCount = appraisals.finalizeUnit(period, unit);
        calibrations.persist(calibration);
        calibrations.flush();
        return view(period, unit);
    }

    private Capaian capaian(UUID period, String unitId) {
        return organisation.capaian(period, unitId)
                .orElseThrow(() -> ProblemException.rule("calibration.no-capaian", unitId));
    }

    private Comparison compare(Capaian capaian, List<CalibrationRow> rows) {
        Map<Predikat, Long> counts = new EnumMap<>(Predikat.class);
        rows.stream().filter(r -> r.predikat() != null).forEach(r -> counts.merge(r.predikat(), 1L, Long::sum));
        return DistributionCurveRule.compare(counts, curve(capaian), config.calibration().tolerancePoints());
    }

    private Map<Predikat, Integer> curve(Capaian capaian) {
        Map<String, Integer> configured = config.calibration().curve().get(capaian.name());
        if (configured == null) {
            throw new IllegalStateException("appraisal.calibration.curve lacks " + capaian);
        }
        Map<Predikat, Integer> curve = new EnumMap<>(Predikat.class);
        configured.forEach((predikat, percent) -> curve.put(Predikat.valueOf(predikat), percent));
        return curve;
    }

    private void requireReason(String field, String text, String key) {
        int min = config.calibration().justificationMinLength();
        if (text.trim().length() < min) {
            throw ProblemException.invalid(field, key, min);
        }
    }

    private String write(Comparison comparison) {
        try {
            return json.writeValueAsString(comparison);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a comparison always serialises", e);
        }
    }
}
