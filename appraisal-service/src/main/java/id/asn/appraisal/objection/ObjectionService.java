package id.asn.appraisal.objection;

import id.asn.appraisal.appraisal.Appraisal;
import id.asn.appraisal.appraisal.AppraisalService;
import id.asn.appraisal.appraisal.AppraisalViews.Corrected;
import id.asn.appraisal.appraisal.AppraisalViews.ObjectionTerms;
import id.asn.appraisal.config.AgencyCalendar;
import id.asn.appraisal.employee.People;
import id.asn.appraisal.objection.ObjectionViews.Decide;
import id.asn.appraisal.objection.ObjectionViews.Explanation;
import id.asn.appraisal.objection.ObjectionViews.FileObjection;
import id.asn.appraisal.objection.ObjectionViews.ObjectionView;
import id.asn.appraisal.objection.ObjectionViews.Step;
import id.asn.appraisal.period.DayKind;
import id.asn.appraisal.period.PeriodService;
import id.asn.appraisal.period.PeriodViews.PeriodTerms;
import id.asn.platform.events.EventTypes;
import id.asn.platform.events.appraisal.AppraisalObjectionDecidedV1;
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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * The objection process of PP 30/2019 Ps. 59 (docs/domain.md §3.9): the appraisee files within the period's window
 * to the atasan pejabat penilai (the pejabat penilai's supervisor), who asks both sides for explanations and decides
 * once and finally. A decision publishes {@code asn.appraisal.objection-decided.v1}; one that changes the result
 * also the corrected {@code asn.appraisal.finalized.v1} (next revision).
 */
@ApplicationScoped
@Transactional
public class ObjectionService {

    private final ObjectionRepository objections;
    private final AppraisalService appraisals;
    private final PeriodService periods;
    private final People people;
    private final Outbox outbox;
    private final AgencyCalendar calendar;

    @Inject
    ObjectionService(ObjectionRepository objections, AppraisalService appraisals, PeriodService periods,
                     People people, Outbox outbox, AgencyCalendar calendar) {
        this.objections = objections;
        this.appraisals = appraisals;
        this.periods = periods;
        this.people = people;
        this.outbox = outbox;
        this.calendar = calendar;
    }

    public ObjectionView file(FileObjection request) {
        ObjectionTerms appraisal = appraisals.objectionTerms(request.appraisalId());
        if (!people.is(appraisal.nip())) {
            boolean sees = people.isAgencyWide() || people.is(appraisal.raterNip());
            throw sees ? ProblemException.forbidden() : ProblemException.notFound();
        }
        if (appraisal.status() != Appraisal.Status.FINALIZED) {
            throw ProblemException.rule("objection.not-finalized");
        }
        PeriodTerms period = periods.terms(appraisal.periodId());
        LocalDate deadline = ObjectionWindowRule.deadline(appraisal.finalizedOn(), period.objectionDays(),
                period.objectionDayKind() == DayKind.WORKING);
        LocalDate today = calendar.today();
        if (today.isAfter(deadline)) {
            throw ProblemException.rule("objection.window-closed", deadline, period.objectionDays(),
                    period.objectionDayKind());
        }
        if (objections.exists(appraisal.id())) {
            throw ProblemException.conflict("objection.exists");
        }
        String atasan = people.find(appraisal.raterNip()).map(Person::supervisorNip)
                .orElseThrow(() -> ProblemException.rule("objection.no-superior"));
        Objection objection = new Objection();
        objection.appraisalId = appraisal.id();
        objection.nip = appraisal.nip();
        objection.raterNip = appraisal.raterNip();
        objection.addressedTo = atasan;
        objection.reasons = request.reasons().trim();
        objection.filedOn = today;
        objection.deadline = deadline;
        objection.hasilBefore = appraisal.hasilKerja();
        objection.perilakuBefore = appraisal.perilakuKerja();
        objection.predikatBefore = appraisal.predikat();
        objections.persist(objection);
        return ObjectionView.of(objection);
    }

    /** The atasan asks the appraisee and the pejabat penilai for their explanations (§3.9 step 2). */
    public ObjectionView requestExplanations(UUID id, Step request) {
        Objection objection = requireAtasan(id, request.version());
        if (objection.status != Objection.Status.FILED) {
            throw ProblemException.rule("objection.not-filed", objection.status);
        }
        objection.status = Objection.Status.EXPLANATIONS_REQUESTED;
        objections.flush();
        return ObjectionView.of(objection);
    }

    /** The appraisee's or the pejabat penilai's explanation; giving it again replaces it until the decision. */
    public ObjectionView explain(UUID id, Explanation request) {
        Objection objection = requireVisible(id);
        requireVersion(objection, request.version());
        if (objection.status != Objection.Status.EXPLANATIONS_REQUESTED) {
            throw ProblemException.rule("objection.explanations-not-requested");
        }
        if (people.is(objection.nip)) {
            objection.employeeExplanation = request.text().trim();
        } else if (people.isRater(objection.raterNip)) {
            objection.raterExplanation = request.text().trim();
        } else {
            throw ProblemException.forbidden();
        }
        objections.flush();
        return ObjectionView.of(objection);
    }

    /** The atasan's decision, final (§3.9 step 3): it may set a new result, which is then published. */
    public ObjectionView decide(UUID id, Decide request) {
        Objection objection = requireAtasan(id, request.version());
        if (objection.status == Objection.Status.DECIDED) {
            throw ProblemException.rule("objection.decided");
        }
        if (objection.status != Objection.Status.EXPLANATIONS_REQUESTED) {
            throw ProblemException.rule("objection.explanations-not-requested");
        }
        boolean rejected = request.decision() == Objection.Decision.REJECTED;
        List<FieldViolation> violations = new ArrayList<>();
        if (!rejected) {
            if (request.hasilKerja() == null) {
                violations.add(new FieldViolation("hasilKerja", "objection.result-required"));
            }
            if (request.perilakuKerja() == null) {
                violations.add(new FieldViolation("perilakuKerja", "objection.result-required"));
            }
            if (violations.isEmpty() && request.hasilKerja() == objection.hasilBefore
                    && request.perilakuKerja() == objection.perilakuBefore) {
                violations.add(new FieldViolation("decision", "objection.result-unchanged"));
            }
        } else if (request.hasilKerja() != null || request.perilakuKerja() != null) {
            violations.add(new FieldViolation("decision", "objection.rejected-keeps-result"));
        }
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
        Corrected corrected = rejected
                ? appraisals.correct(objection.appraisalId, objection.hasilBefore, objection.perilakuBefore)
                : appraisals.correct(objection.appraisalId, request.hasilKerja(), request.perilakuKerja());
        objection.status = Objection.Status.DECIDED;
        objection.decision = request.decision();
        objection.decisionReason = request.reason().trim();
        objection.hasilAfter = rejected ? objection.hasilBefore : request.hasilKerja();
        objection.perilakuAfter = rejected ? objection.perilakuBefore : request.perilakuKerja();
        objection.predikatAfter = corrected.after();
        objection.decidedOn = calendar.today();
        outbox.record(EventTypes.APPRAISAL_OBJECTION_DECIDED, objection.nip, new AppraisalObjectionDecidedV1(
                objection.id.toString(), objection.appraisalId.toString(), objection.nip, objection.decision.name(),
                objection.predikatBefore.name(), objection.predikatAfter.name(), objection.decidedOn));
        objections.flush();
        return ObjectionView.of(objection);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ObjectionView get(UUID id) {
        return ObjectionView.of(requireVisible(id));
    }

    /** hr-admin: the agency's; anyone else: their own, those about appraisals they gave, those addressed to them. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<ObjectionView> list(Objection.Status status, PageRequest page) {
        StringBuilder condition = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (!people.isAgencyWide()) {
            condition.append(" and (nip = :me or raterNip = :me or addressedTo = :me)");
            params.put("me", people.ownNip());
        }
        if (status != null) {
            condition.append(" and status = :status");
            params.put("status", status);
        }
        return objections.page(objections.scoped(condition.toString(), params,
                Sort.descending("filedOn").and("id")), page, ObjectionView::of);
    }

    private Objection requireVisible(UUID id) {
        Objection objection = objections.require(id);
        if (!people.isAgencyWide() && !people.is(objection.nip) && !people.is(objection.raterNip)
                && !people.is(objection.addressedTo)) {
            throw ProblemException.notFound();
        }
        return objection;
    }

    private Objection requireAtasan(UUID id, Long version) {
        Objection objection = requireVisible(id);
        if (!people.isRater(objection.addressedTo)) {
            throw ProblemException.forbidden();
        }
        requireVersion(objection, version);
        return objection;
    }

    private static void requireVersion(Objection objection, Long version) {
        if (!Objects.equals(objection.version, version)) {
            throw ProblemException.staleVersion();
        }
    }
}
