package id.asn.appraisal.criteria;

import id.asn.appraisal.config.AgencyCalendar;
import id.asn.appraisal.criteria.CriteriaViews.Comment;
import id.asn.appraisal.criteria.CriteriaViews.CommentView;
import id.asn.appraisal.criteria.CriteriaViews.CriterionView;
import id.asn.appraisal.criteria.CriteriaViews.Decide;
import id.asn.appraisal.criteria.CriteriaViews.Propose;
import id.asn.appraisal.criteria.CriteriaViews.Publish;
import id.asn.appraisal.criteria.CriteriaViews.Published;
import id.asn.appraisal.employee.People;
import id.asn.appraisal.period.PeriodService;
import id.asn.appraisal.period.PeriodViews.PeriodTerms;
import id.asn.platform.kit.employee.EmployeeDirectory.Person;
import id.asn.platform.kit.problem.FieldViolation;
import id.asn.platform.kit.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Criteria co-created before the period (docs/domain.md §3.2.1): the employees of a unit propose and comment, the
 * unit's pejabat penilai (a supervisor of the unit) or hr-admin accepts, edits or declines each with a reason and
 * publishes them before the period starts; every ASN of the unit then sees them, and appraisals refuse to rate a
 * plan that cites a criterion not published.
 */
@ApplicationScoped
@Transactional
public class CriteriaService {

    private final CriterionRepository criteria;
    private final PeriodService periods;
    private final People people;
    private final AgencyCalendar calendar;

    @Inject
    CriteriaService(CriterionRepository criteria, PeriodService periods, People people, AgencyCalendar calendar) {
        this.criteria = criteria;
        this.periods = periods;
        this.people = people;
        this.calendar = calendar;
    }

    public CriterionView propose(Propose request) {
        PeriodTerms period = periods.terms(request.periodId());
        String unit = ownUnit().orElseThrow(() -> ProblemException.rule("criteria.no-unit"));
        if (criteria.ofUnit(period.id(), unit).stream().anyMatch(c -> c.publishedAt != null)) {
            throw ProblemException.rule("criteria.published");
        }
        Criterion criterion = new Criterion();
        criterion.periodId = period.id();
        criterion.unitId = unit;
        criterion.aspect = request.aspect();
        criterion.indicator = request.indicator().trim();
        criterion.target = request.target();
        criterion.proposedBy = people.ownNip();
        criteria.persist(criterion);
        return view(criterion, List.of());
    }

    public CriterionView comment(UUID id, Comment request) {
        Criterion criterion = requireVisible(id);
        if (criterion.status != Criterion.Status.PROPOSED) {
            throw ProblemException.rule("criteria.decided");
        }
        CriterionComment comment = new CriterionComment();
        comment.criterionId = criterion.id;
        comment.authorNip = people.ownNip();
        comment.text = request.text().trim();
        criteria.comment(comment);
        return view(criterion, criteria.comments(List.of(criterion.id)));
    }

    public CriterionView decide(UUID id, Decide request) {
        Criterion criterion = requireVisible(id);
        requireDecider(criterion.unitId);
        if (!Objects.equals(criterion.version, request.version())) {
            throw ProblemException.staleVersion();
        }
        if (criterion.status != Criterion.Status.PROPOSED) {
            throw ProblemException.rule("criteria.decided");
        }
        if (request.decision() == CriteriaViews.Decision.DECLINE) {
            if (request.indicator() != null || request.target() != null) {
                throw ProblemException.invalid(List.of(new FieldViolation("decision", "criteria.decline-no-edit")));
            }
            criterion.status = Criterion.Status.DECLINED;
        } else {
            criterion.status = Criterion.Status.ACCEPTED;
            if (request.indicator() != null && !request.indicator().isBlank()
                    && !request.indicator().trim().equals(criterion.indicator)) {
                criterion.indicator = request.indicator().trim();
                criterion.edited = true;
            }
            if (request.target() != null && !request.target().equals(criterion.target)) {
                criterion.target = request.target();
                criterion.edited = true;
            }
        }
        criterion.reason = request.reason().trim();
        criterion.decidedBy = people.nip().orElse(null);
        criteria.flush();
        return view(criterion, criteria.comments(List.of(criterion.id)));
    }

    /** Publishes every accepted criterion of the unit and period, before the period starts, once all are decided. */
    public Published publish(Publish request) {
        PeriodTerms period = periods.terms(request.periodId());
        requireDecider(request.unitId());
        if (!calendar.today().isBefore(period.startsOn())) {
            throw ProblemException.rule("criteria.period-started", period.startsOn());
        }
        List<Criterion> unit = criteria.ofUnit(period.id(), request.unitId());
        long undecided = unit.stream().filter(c -> c.status == Criterion.Status.PROPOSED).count();
        if (undecided > 0) {
            throw ProblemException.rule("criteria.undecided", undecided);
        }
        List<Criterion> accepted = unit.stream().filter(c -> c.status == Criterion.Status.ACCEPTED).toList();
        if (accepted.isEmpty()) {
            throw ProblemException.rule("criteria.none");
        }
        Instant now = Instant.now();
        accepted.stream().filter(c -> c.publishedAt == null).forEach(c -> c.publishedAt = now);
        return new Published(period.id(), request.unitId(), accepted.size(), now);
    }

    /**
     * A unit's criteria of a period: its pejabat penilai and hr-admin see all, every other ASN of the unit the
     * published ones and their own proposals; anyone else 404.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CriterionView> list(UUID periodId, String unitId) {
        UUID period = periods.terms(periodId).id();
        boolean all = isDecider(unitId);
        if (!all && !ownUnit().map(unitId::equals).orElse(false)) {
            throw ProblemException.notFound();
        }
        List<Criterion> shown = criteria.ofUnit(period, unitId).stream()
                .filter(c -> all || c.publishedAt != null || people.is(c.proposedBy)).toList();
        Map<UUID, List<CriterionComment>> comments = criteria.comments(shown.stream().map(c -> c.id).toList())
                .stream().collect(Collectors.groupingBy(c -> c.criterionId));
        return shown.stream().map(c -> view(c, comments.getOrDefault(c.id, List.of()))).toList();
    }

    /**
     * Refuses (422 naming them) the criteria among {@code ids} that are not published criteria of this unit and
     * period: a plan is not rated against an indicator the unit did not see in advance.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public void requirePublished(UUID periodId, String unitId, Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return;
        }
        Set<UUID> published = criteria.byIds(ids).stream()
                .filter(c -> c.publishedAt != null && c.periodId.equals(periodId) && c.unitId.equals(unitId))
                .map(c -> c.id).collect(Collectors.toSet());
        List<String> missing = ids.stream().filter(id -> !published.contains(id)).map(UUID::toString).sorted().toList();
        if (!missing.isEmpty()) {
            throw ProblemException.rule("appraisal.criteria-unpublished", String.join(", ", missing));
        }
    }

    private static CriterionView view(Criterion c, List<CriterionComment> comments) {
        return new CriterionView(c.id, c.periodId, c.unitId, c.aspect, c.indicator, c.target, c.proposedBy, c.status,
                c.edited, c.reason, c.publishedAt,
                comments.stream().map(x -> new CommentView(x.authorNip, x.text, x.createdAt)).toList(), c.version);
    }

    private Criterion requireVisible(UUID id) {
        Criterion criterion = criteria.require(id);
        if (!isDecider(criterion.unitId) && !ownUnit().map(criterion.unitId::equals).orElse(false)) {
            throw ProblemException.notFound();
        }
        return criterion;
    }

    private void requireDecider(String unitId) {
        if (!isDecider(unitId)) {
            throw ownUnit().map(unitId::equals).orElse(false) ? ProblemException.forbidden()
                    : ProblemException.notFound();
        }
    }

    // the unit's pejabat penilai: a supervisor of that unit in the employee data
    private boolean isDecider(String unitId) {
        return people.isAgencyWide() || people.isSupervisor() && ownUnit().map(unitId::equals).orElse(false);
    }

    private Optional<String> ownUnit() {
        return people.nip().flatMap(people::find).map(Person::unitId);
    }
}
