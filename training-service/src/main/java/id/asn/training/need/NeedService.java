package id.asn.training.need;

import id.asn.platform.kit.caller.PeopleAccess;
import id.asn.platform.kit.employee.EmployeeDirectory;
import id.asn.platform.kit.paging.Page;
import id.asn.platform.kit.paging.PageRequest;
import id.asn.platform.kit.problem.ProblemException;
import id.asn.platform.kit.tenant.TenantContext;
import id.asn.training.need.NeedViews.Aggregate;
import id.asn.training.need.NeedViews.Answer;
import id.asn.training.need.NeedViews.NeedView;
import id.asn.training.need.NeedViews.OpenSurvey;
import id.asn.training.need.NeedViews.SurveyView;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** Needs surveys and the needs found by all sources, per person and aggregated per competency and unit. */
@ApplicationScoped
@Transactional
public class NeedService {

    private final NeedRepository needs;
    private final NeedsSurveyRepository surveys;
    private final EmployeeDirectory directory;
    private final PeopleAccess people;
    private final EntityManager em;

    @Inject
    NeedService(NeedRepository needs, NeedsSurveyRepository surveys, EmployeeDirectory directory,
                PeopleAccess people, EntityManager em) {
        this.needs = needs;
        this.surveys = surveys;
        this.directory = directory;
        this.people = people;
        this.em = em;
    }

    public SurveyView openSurvey(OpenSurvey request) {
        NeedsSurvey survey = new NeedsSurvey();
        survey.title = request.title().trim();
        survey.year = request.year();
        surveys.persist(survey);
        return SurveyView.of(survey);
    }

    public SurveyView closeSurvey(UUID id) {
        NeedsSurvey survey = surveys.require(id);
        if (survey.status == NeedsSurvey.Status.CLOSED) {
            throw ProblemException.rule("survey.closed");
        }
        survey.status = NeedsSurvey.Status.CLOSED;
        survey.closedAt = Instant.now();
        return SurveyView.of(survey);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<SurveyView> surveys(PageRequest page) {
        return surveys.page(surveys.all(Sort.descending("createdAt").and("id")), page, SurveyView::of);
    }

    /**
     * An employee's (or a supervisor's, for a direct report) answer: one SURVEY need per competency named; answering
     * again replaces the earlier answer for the same competency.
     */
    public List<NeedView> answer(UUID surveyId, Answer answer) {
        NeedsSurvey survey = surveys.require(surveyId);
        String nip = answer.nip() != null ? answer.nip() : people.ownNip();
        people.requireVisible(nip);
        if (survey.status != NeedsSurvey.Status.OPEN) {
            throw ProblemException.rule("survey.closed");
        }
        EmployeeDirectory.Person person = directory.find(nip).orElseThrow(ProblemException::notFound);
        return answer.items().stream().map(item -> {
            String ref = survey.id + ":" + item.competencyCode();
            TrainingNeed need = needs.find(nip, TrainingNeed.Source.SURVEY, ref).orElseGet(() -> {
                TrainingNeed created = new TrainingNeed();
                created.nip = nip;
                created.source = TrainingNeed.Source.SURVEY;
                created.sourceRef = ref;
                needs.persist(created);
                return created;
            });
            need.unitId = person.unitId();
            need.competencyCode = item.competencyCode();
            need.competencyName = item.competencyName();
            need.priority = item.priority() == null ? null : item.priority().shortValue();
            need.note = item.note();
            need.year = survey.year;
            return NeedView.of(need);
        }).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<NeedView> list(String nip, String unitId, String competencyCode, TrainingNeed.Source source,
                               TrainingNeed.Status status, PageRequest page) {
        StringBuilder condition = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        Optional<List<String>> visible = people.visibleNips();
        if (visible.isPresent()) {
            condition.append(" and nip in :visible");
            params.put("visible", visible.get());
        }
        add(condition, params, "nip", nip);
        add(condition, params, "unitId", unitId);
        add(condition, params, "competencyCode", competencyCode);
        add(condition, params, "source", source);
        add(condition, params, "status", status);
        return needs.page(needs.scoped(condition.toString(), params, Sort.by("createdAt").and("id")), page, NeedView::of);
    }

    private static void add(StringBuilder condition, Map<String, Object> params, String field, Object value) {
        if (value != null) {
            condition.append(" and ").append(field).append(" = :").append(field);
            params.put(field, value);
        }
    }

    /** Every open need of the agency, for the plan proposal (docs/domain.md §2.9.1). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<NeedViews.OpenNeed> open() {
        return needs.scoped("status = :open", Map.of("open", TrainingNeed.Status.OPEN), Sort.by("nip").and("id")).list()
                .stream().map(n -> new NeedViews.OpenNeed(n.nip, n.competencyCode, n.source, n.gap,
                        n.requiredLevel == null ? null : n.requiredLevel.intValue()))
                .toList();
    }

    /** The needs with these ids in this agency (others are missing), in one query, for a bulk nomination (§2.6.4). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<UUID, NeedViews.NeedRef> refs(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return needs.scoped("id in :ids", Map.of("ids", ids)).list().stream()
                .collect(Collectors.toMap(n -> n.id, n -> new NeedViews.NeedRef(n.id, n.nip, n.competencyCode,
                        n.status == TrainingNeed.Status.OPEN)));
    }

    /** Which of these employees have an open need for one of these competencies, in one query (§2.6.4). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Set<String> withOpenNeed(Collection<String> nips, Collection<String> competencyCodes) {
        if (nips.isEmpty() || competencyCodes.isEmpty()) {
            return Set.of();
        }
        return needs.scoped("status = :open and nip in :nips and competencyCode in :codes", Map.of("open",
                        TrainingNeed.Status.OPEN, "nips", nips, "codes", competencyCodes)).list().stream()
                .map(n -> n.nip).collect(Collectors.toSet());
    }

    /** Open needs grouped per competency and unit, most people first, computed and paged in SQL. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Aggregate> summary(Integer year, String unitId, PageRequest page) {
        String where = "tenant_id = :tenant and status = 'OPEN'" + (year != null ? " and year = :year" : "")
                + (unitId != null ? " and unit_id = :unit" : "");
        Query query = em.createNativeQuery("""
                        select competency_code, max(competency_name), unit_id, count(distinct nip),
                               count(*) filter (where source = 'GAP'), count(*) filter (where source = 'APPRAISAL'),
                               count(*) filter (where source = 'SURVEY'), avg(gap), count(*) over ()
                        from training_need where %s
                        group by competency_code, unit_id
                        order by count(distinct nip) desc, competency_code nulls last, unit_id nulls last
                        limit :limit offset :offset""".formatted(where))
                .setParameter("tenant", TenantContext.current())
                .setParameter("limit", page.size)
                .setParameter("offset", page.offset());
        if (year != null) {
            query.setParameter("year", year);
        }
        if (unitId != null) {
            query.setParameter("unit", unitId);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        List<Aggregate> items = rows.stream().map(r -> new Aggregate((String) r[0], (String) r[1], (String) r[2],
                ((Number) r[3]).intValue(), ((Number) r[4]).intValue(), ((Number) r[5]).intValue(),
                ((Number) r[6]).intValue(), r[7] == null ? null : ((BigDecimal) r[7]).setScale(2, java.math.RoundingMode.HALF_UP)))
                .toList();
        return Page.of(items, page, rows.isEmpty() ? countGroups(where, year, unitId) : ((Number) rows.get(0)[8]).longValue());
    }

    // a page past the end has no row to carry the window count
    private long countGroups(String where, Integer year, String unitId) {
        Query query = em.createNativeQuery("""
                        select count(*) from (select 1 from training_need where %s
                                              group by competency_code, unit_id) as groups""".formatted(where))
                .setParameter("tenant", TenantContext.current());
        if (year != null) {
            query.setParameter("year", year);
        }
        if (unitId != null) {
            query.setParameter("unit", unitId);
        }
        return ((Number) query.getSingleResult()).longValue();
    }
}
