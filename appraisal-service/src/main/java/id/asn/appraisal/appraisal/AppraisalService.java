package id.asn.appraisal.appraisal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.asn.appraisal.appraisal.AppraisalViews.AngkaKredit;
import id.asn.appraisal.appraisal.AppraisalViews.AppraisalView;
import id.asn.appraisal.appraisal.AppraisalViews.BeforeCalibration;
import id.asn.appraisal.appraisal.AppraisalViews.Calibrated;
import id.asn.appraisal.appraisal.AppraisalViews.CalibrationRow;
import id.asn.appraisal.appraisal.AppraisalViews.Corrected;
import id.asn.appraisal.appraisal.AppraisalViews.CreateAppraisal;
import id.asn.appraisal.appraisal.AppraisalViews.Distribution;
import id.asn.appraisal.appraisal.AppraisalViews.Finalize;
import id.asn.appraisal.appraisal.AppraisalViews.ObjectionTerms;
import id.asn.appraisal.appraisal.AppraisalViews.Rate;
import id.asn.appraisal.appraisal.AppraisalViews.RaterTerms;
import id.asn.appraisal.appraisal.AppraisalViews.UnitResult;
import id.asn.appraisal.appraisal.AppraisalViews.RatingInput;
import id.asn.appraisal.appraisal.AppraisalViews.RatingView;
import id.asn.appraisal.config.AgencyCalendar;
import id.asn.appraisal.criteria.CriteriaService;
import id.asn.appraisal.config.AppraisalConfig;
import id.asn.appraisal.employee.People;
import id.asn.appraisal.organisation.Capaian;
import id.asn.appraisal.organisation.OrganisationService;
import id.asn.appraisal.period.PeriodScheduleRule.Window;
import id.asn.appraisal.period.PeriodService;
import id.asn.appraisal.period.PeriodViews.PeriodTerms;
import id.asn.appraisal.plan.PerformancePlan;
import id.asn.appraisal.plan.PlanService;
import id.asn.appraisal.plan.PlanViews.PlanTerms;
import id.asn.appraisal.rater.RaterTrainingService;
import id.asn.appraisal.rater.RaterViews.RaterWarning;
import id.asn.platform.events.EventTypes;
import id.asn.platform.events.appraisal.AppraisalFinalizedV1;
import id.asn.platform.kit.employee.EmployeeDirectory.Person;
import id.asn.platform.kit.outbox.Outbox;
import id.asn.platform.kit.paging.Page;
import id.asn.platform.kit.paging.PageRequest;
import id.asn.platform.kit.problem.FieldViolation;
import id.asn.platform.kit.problem.ProblemException;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Ratings and finalisation (docs/domain.md §3.4, §3.9): the pejabat penilai rates a locked plan's hasil kerja and
 * perilaku kerja, each justified with the evidence it cites, once every criterion the plan takes up is published
 * (§3.2.1); the predikat comes from {@link PredikatRule}; the
 * finalized result is locked and published as {@code asn.appraisal.finalized.v1} through the outbox, and published
 * again with the next revision when an objection changes it.
 */
@ApplicationScoped
@Transactional
public class AppraisalService {

    private static final TypeReference<List<String>> REFERENCES = new TypeReference<>() {
    };

    private final AppraisalRepository appraisals;
    private final PlanService plans;
    private final CriteriaService criteria;
    private final PeriodService periods;
    private final RaterTrainingService raters;
    private final OrganisationService organisation;
    private final People people;
    private final Outbox outbox;
    private final AgencyCalendar calendar;
    private final AppraisalConfig config;
    private final ObjectMapper json;

    @Inject
    AppraisalService(AppraisalRepository appraisals, PlanService plans, CriteriaService criteria,
                     PeriodService periods, OrganisationService organisation, RaterTrainingService raters,
                     People people, Outbox outbox, AgencyCalendar calendar, AppraisalConfig config,
                     ObjectMapper json) {
        this.appraisals = appraisals;
        this.plans = plans;
        this.criteria = criteria;
        this.periods = periods;
        this.raters = raters;
        this.organisation = organisation;
        this.people = people;
        this.outbox = outbox;
        this.calendar = calendar;
        this.config = config;
        this.json = json;
    }

    public AppraisalView create(CreateAppraisal request) {
        PlanTerms plan = plans.terms(request.planId());
        if (!people.isAgencyWide() && !people.isRater(plan.raterNip())) {
            throw people.is(plan.nip()) ? ProblemException.forbidden() : ProblemException.notFound();
        }
        if (plan.status() != PerformancePlan.Status.LOCKED) {
            throw ProblemException.rule("appraisal.plan-not-locked", plan.status());
        }
        boolean annual = request.periodType() == PeriodType.ANNUAL;
        int number = annual ? 1 : Objects.requireNonNullElse(request.periodNumber(), 0);
        PeriodTerms period = periods.terms(plan.periodId());
        Window window = period.window(annual, number).orElseThrow(() -> ProblemException.invalid("periodNumber",
                "appraisal.no-such-window", period.frequency(), period.frequency().perYear()));
        if (appraisals.exists(plan.id(), request.periodType(), number)) {
            throw ProblemException.conflict("appraisal.exists");
        }
        Appraisal appraisal = new Appraisal();
        appraisal.planId = plan.id();
        appraisal.periodId = plan.periodId();
        appraisal.nip = plan.nip();
        appraisal.unitId = plan.unitId();
        appraisal.raterNip = plan.raterNip();
        appraisal.periodType = request.periodType();
        appraisal.periodNumber = number;
        appraisal.periodStart = window.start();
        appraisal.periodEnd = window.end();
        appraisal.year = period.year();
        appraisals.persist(appraisal);
        return view(appraisal);
    }

    /**
     * The pejabat penilai's two ratings; they may rate again until finalisation and until the period's evaluation
     * deadline (§3.3). Under the period's trained-rater rule (§3.4.2) an untrained rater is warned or refused.
     */
    public AppraisalView rate(UUID id, Rate request) {
        Appraisal appraisal = requireRater(id);
        requireVersion(appraisal, request.version());
        requireOpen(appraisal);
        periods.requireEvaluationOpen(appraisal.periodId);
        if (appraisal.originalPredikat != null) {
            throw ProblemException.rule("appraisal.calibrated");
        }
        criteria.requirePublished(appraisal.periodId, appraisal.unitId, plans.terms(appraisal.planId).criterionIds());
        Optional<RaterWarning> untrained = raters.check(periods.terms(appraisal.periodId).raterTraining(),
                appraisal.raterNip);
        List<FieldViolation> violations = new ArrayList<>();
        justified("hasilKerja", request.hasilKerja(), violations);
        justified("perilakuKerja", request.perilakuKerja(), violations);
        followsUnit(appraisal, request.hasilKerja().rating(), "hasilKerja.rating", violations);
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
        appraisal.hasilKerja = request.hasilKerja().rating();
        appraisal.hasilJustification = request.hasilKerja().justification().trim();
        appraisal.hasilEvidence = write(request.hasilKerja().evidence());
        appraisal.perilakuKerja = request.perilakuKerja().rating();
        appraisal.perilakuJustification = request.perilakuKerja().justification().trim();
        appraisal.perilakuEvidence = write(request.perilakuKerja().evidence());
        appraisal.predikat = PredikatRule.predikat(appraisal.hasilKerja, appraisal.perilakuKerja);
        appraisal.status = Appraisal.Status.RATED;
        appraisals.flush();
        return view(appraisal, untrained.stream().toList());
    }

    /** Locks the rated appraisal and publishes revision 1; the appraisee receives the result today (§3.9). */
    public AppraisalView finalize(UUID id, Finalize request) {
        Appraisal appraisal = requireRater(id);
        requireVersion(appraisal, request.version());
        requireOpen(appraisal);
        if (appraisal.status != Appraisal.Status.RATED) {
            throw ProblemException.rule("appraisal.not-rated");
        }
        periods.requireEvaluationOpen(appraisal.periodId);
        publishFirst(appraisal);
        appraisals.flush();
        return view(appraisal);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public AppraisalView get(UUID id) {
        return view(requireVisible(id));
    }

    /** hr-admin: the agency's appraisals; anyone else: their own and those they rate. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<AppraisalView> list(UUID periodId, String nip, Appraisal.Status status, PageRequest page) {
        StringBuilder condition = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (!people.isAgencyWide()) {
            condition.append(" and (nip = :me or raterNip = :me)");
            params.put("me", people.ownNip());
        }
        if (periodId != null) {
            condition.append(" and periodId = :period");
            params.put("period", periodId);
        }
        if (nip != null) {
            condition.append(" and nip = :nip");
            params.put("nip", nip);
        }
        if (status != null) {
            condition.append(" and status = :status");
            params.put("status", status);
        }
        return appraisals.page(appraisals.scoped(condition.toString(), params,
                Sort.by("nip").and("periodType").and("periodNumber").and("id")), page, this::view);
    }

    /**
     * A unit's predikat distribution (§3.11 open publication): counts only, no names, for hr-admin and the ASN of the
     * unit itself; 404 for anyone else so that a unit's figures stay inside it.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Distribution distribution(UUID periodId, String unitId) {
        UUID period = periods.terms(periodId).id();
        boolean member = people.nip().flatMap(people::find).map(p -> unitId.equals(p.unitId())).orElse(false);
        if (!people.isAgencyWide() && !member) {
            throw ProblemException.notFound();
        }
        Map<Predikat, Long> counts = appraisals.distribution(period, unitId);
        return new Distribution(period, unitId, counts.values().stream().mapToLong(Long::longValue).sum(), counts);
    }

    /**
     * The yearly angka kredit of a finalized annual result for a functional position of {@code jenjang} (§3.10);
     * 422 for a periodic or unfinalized one.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public AngkaKredit angkaKredit(UUID id, Jenjang jenjang) {
        Appraisal appraisal = requireVisible(id);
        if (appraisal.status != Appraisal.Status.FINALIZED || appraisal.periodType != PeriodType.ANNUAL) {
            throw ProblemException.rule("appraisal.angka-kredit-annual");
        }
        BigDecimal coefficient = config.angkaKredit().coefficient().get(jenjang.name());
        Integer share = config.angkaKredit().share().get(appraisal.predikat.name());
        if (coefficient == null || share == null) {
            throw new IllegalStateException("asn.appraisal.angka-kredit lacks " + jenjang + " or " + appraisal.predikat);
        }
        return new AngkaKredit(appraisal.id, appraisal.year, appraisal.predikat, jenjang, coefficient, share,
                AngkaKreditRule.angkaKredit(coefficient, share));
    }

    /**
     * A unit's individual annual results, redacted to NIP, name and predikat (§3.11): for hr-admin, and for the
     * unit's ASN only in a period that opens them (422 otherwise); 404 for anyone outside the unit.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<UnitResult> unitResults(UUID periodId, String unitId) {
        PeriodTerms period = periods.terms(periodId);
        if (!people.isAgencyWide()) {
            boolean member = people.nip().flatMap(people::find).map(p -> unitId.equals(p.unitId())).orElse(false);
            if (!member) {
                throw ProblemException.notFound();
            }
            if (!period.individualResultsToUnit()) {
                throw ProblemException.rule("appraisal.unit-results-closed");
            }
        }
        List<Appraisal> results = appraisals.finalizedAnnual(period.id(), unitId);
        Map<String, String> names = people.names(results.stream().map(a -> a.nip).toList());
        return results.stream().map(a -> new UnitResult(a.nip, names.get(a.nip), a.predikat))
                .sorted(Comparator.comparing(UnitResult::nip)).toList();
    }

    /** What an objection needs of an appraisal of this agency; the objection feature decides who may act. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ObjectionTerms objectionTerms(UUID id) {
        return ObjectionTerms.of(appraisals.require(id));
    }

    /** What behaviour input needs of an appraisal of this agency; the multirater feature decides who may act. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public RaterTerms raterTerms(UUID id) {
        return RaterTerms.of(appraisals.require(id));
    }

    /** The annual appraisals of a unit in a period, for calibration (§3.5); the caller decides who may see them. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CalibrationRow> calibrationRows(UUID periodId, String unitId) {
        return appraisals.annual(periodId, unitId).stream().map(CalibrationRow::of).toList();
    }

    /**
     * Calibration changes a RATED annual appraisal's ratings (§3.5): the pejabat penilai's own ratings are kept the
     * first time, the predikat follows the new ones, and the unit head's hasil kerja still follows the unit (§3.4).
     */
    public Calibrated calibrate(UUID id, Rating hasilKerja, Rating perilakuKerja) {
        Appraisal appraisal = appraisals.require(id);
        if (appraisal.status != Appraisal.Status.RATED || appraisal.periodType != PeriodType.ANNUAL) {
            throw ProblemException.rule("calibration.not-rated", appraisal.status);
        }
        if (appraisal.hasilKerja == hasilKerja && appraisal.perilakuKerja == perilakuKerja) {
            throw ProblemException.rule("calibration.unchanged");
        }
        List<FieldViolation> violations = new ArrayList<>();
        followsUnit(appraisal, hasilKerja, "hasilKerja", violations);
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
        Rating hasilBefore = appraisal.hasilKerja;
        Rating perilakuBefore = appraisal.perilakuKerja;
        Predikat predikatBefore = appraisal.predikat;
        if (appraisal.originalPredikat == null) {
            appraisal.originalHasilKerja = hasilBefore;
            appraisal.originalPerilakuKerja = perilakuBefore;
            appraisal.originalPredikat = predikatBefore;
        }
        appraisal.hasilKerja = hasilKerja;
        appraisal.perilakuKerja = perilakuKerja;
        appraisal.predikat = PredikatRule.predikat(hasilKerja, perilakuKerja);
        appraisals.flush();
        return new Calibrated(appraisal.id, appraisal.periodId, appraisal.unitId, hasilBefore, perilakuBefore,
                predikatBefore, hasilKerja, perilakuKerja, appraisal.predikat);
    }

    /**
     * Finalizes every RATED annual appraisal of a unit once its calibration is settled (§3.5): each is locked and
     * published with revision 1, as one finalisation by its pejabat penilai would be. Answers how many.
     */
    public int finalizeUnit(UUID periodId, String unitId) {
        List<Appraisal> rated = appraisals.annual(periodId, unitId).stream()
                .filter(a -> a.status == Appraisal.Status.RATED).toList();
        rated.forEach(this::publishFirst);
        appraisals.flush();
        return rated.size();
    }

    /**
     * The result set by the atasan pejabat penilai's final decision (§3.9): when it differs, the appraisal takes the
     * new ratings and the next revision, published in full so that every consumer replaces the earlier one.
     */
    public Corrected correct(UUID id, Rating hasilKerja, Rating perilakuKerja) {
        Appraisal appraisal = appraisals.require(id);
        if (appraisal.status != Appraisal.Status.FINALIZED) {
            throw ProblemException.rule("appraisal.not-finalized");
        }
        Predikat before = appraisal.predikat;
        if (appraisal.hasilKerja == hasilKerja && appraisal.perilakuKerja == perilakuKerja) {
            return new Corrected(before, before, false, appraisal.revision);
        }
        appraisal.hasilKerja = hasilKerja;
        appraisal.perilakuKerja = perilakuKerja;
        appraisal.predikat = PredikatRule.predikat(hasilKerja, perilakuKerja);
        appraisal.revision++;
        appraisal.finalizedOn = calendar.today();
        outbox.record(EventTypes.APPRAISAL_FINALIZED, appraisal.nip, event(appraisal));
        return new Corrected(before, appraisal.predikat, true, appraisal.revision);
    }

    private void publishFirst(Appraisal appraisal) {
        appraisal.status = Appraisal.Status.FINALIZED;
        appraisal.finalizedOn = calendar.today();
        appraisal.revision = 1;
        outbox.record(EventTypes.APPRAISAL_FINALIZED, appraisal.nip, event(appraisal));
    }

    private void justified(String field, RatingInput rating, List<FieldViolation> violations) {
        int min = config.rating().justificationMinLength();
        if (rating.justification().trim().length() < min) {
            violations.add(new FieldViolation(field + ".justification", "rating.justification-short", min));
        }
    }

    /**
     * §3.4: a unit head's hasil kerja is the unit's capaian kinerja organisasi, so it cannot be rated before the
     * capaian is recorded, nor otherwise than it gives.
     */
    private void followsUnit(Appraisal appraisal, Rating hasilKerja, String field, List<FieldViolation> violations) {
        Optional<Person> person = people.find(appraisal.nip);
        Optional<String> supervisorUnit = person.map(Person::supervisorNip).flatMap(people::find).map(Person::unitId);
        if (person.isEmpty() || !UnitHeadRule.headsUnit(appraisal.unitId, supervisorUnit)) {
            return;
        }
        Capaian capaian = organisation.capaian(appraisal.periodId, appraisal.unitId)
                .orElseThrow(() -> ProblemException.rule("appraisal.unit-result-missing", appraisal.unitId));
        Rating expected = UnitHeadRule.hasilKerja(capaian, config.unitHead().hasilKerja());
        if (hasilKerja != expected) {
            violations.add(new FieldViolation(field, "rating.unit-head", expected, capaian));
        }
    }

    private Appraisal requireVisible(UUID id) {
        Appraisal appraisal = appraisals.require(id);
        if (!people.isAgencyWide() && !people.is(appraisal.nip) && !people.is(appraisal.raterNip)) {
            throw ProblemException.notFound();
        }
        return appraisal;
    }

    private Appraisal requireRater(UUID id) {
        Appraisal appraisal = requireVisible(id);
        if (!people.isRater(appraisal.raterNip)) {
            throw ProblemException.forbidden();
        }
        return appraisal;
    }

    private static void requireOpen(Appraisal appraisal) {
        if (appraisal.status == Appraisal.Status.FINALIZED) {
            throw ProblemException.rule("appraisal.finalized");
        }
    }

    private static void requireVersion(Appraisal appraisal, Long version) {
        if (!Objects.equals(appraisal.version, version)) {
            throw ProblemException.staleVersion();
        }
    }

    private static AppraisalFinalizedV1 event(Appraisal a) {
        return new AppraisalFinalizedV1(a.id.toString(), a.nip, a.year, a.periodType.name(), a.periodStart,
                a.periodEnd, a.hasilKerja.name(), a.perilakuKerja.name(), a.predikat.name(), a.finalizedOn, a.unitId,
                a.raterNip, a.revision);
    }

    private AppraisalView view(Appraisal a) {
        return view(a, List.of());
    }

    private AppraisalView view(Appraisal a, List<RaterWarning> warnings) {
        // the appraisee sees the result, not who gave it (the contract of asn.appraisal.finalized.v1; §3.11)
        String rater = people.is(a.nip) ? null : a.raterNip;
        return new AppraisalView(a.id, a.planId, a.periodId, a.nip, a.unitId, rater, a.periodType, a.periodNumber,
                a.periodStart, a.periodEnd, a.year, a.status, rating(a.hasilKerja, a.hasilJustification, a.hasilEvidence),
                rating(a.perilakuKerja, a.perilakuJustification, a.perilakuEvidence), a.predikat,
                a.originalPredikat == null ? null
                        : new BeforeCalibration(a.originalHasilKerja, a.originalPerilakuKerja, a.originalPredikat),
                a.finalizedOn, a.revision, a.version, warnings);
    }

    private RatingView rating(Rating rating, String justification, String evidence) {
        if (rating == null) {
            return null;
        }
        try {
            return new RatingView(rating, justification, json.readValue(evidence, REFERENCES));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored evidence is not readable", e);
        }
    }

    private String write(List<String> references) {
        try {
            return json.writeValueAsString(references.stream().map(String::trim).toList());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("references always serialise", e);
        }
    }
}
