package id.asn.career.succession;

import id.asn.career.config.CareerConfig;
import id.asn.career.jobfit.JobFitLookup;
import id.asn.career.jobfit.JobFits;
import id.asn.career.succession.SuccessionViews.Candidate;
import id.asn.career.succession.SuccessionViews.CriticalPositionView;
import id.asn.career.succession.SuccessionViews.DeclareCritical;
import id.asn.career.succession.SuccessionViews.Excluded;
import id.asn.career.succession.SuccessionViews.SuccessionPlan;
import id.asn.career.talent.PlacementStore.Stored;
import id.asn.career.talent.TalentService;
import id.asn.platform.kit.employee.EmployeeDirectory;
import id.asn.platform.kit.employee.EmployeeDirectory.Person;
import id.asn.platform.kit.paging.Page;
import id.asn.platform.kit.paging.PageRequest;
import id.asn.platform.kit.problem.ProblemException;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Critical positions and their succession (issue 11 item 5): the pool of boxes 7–9 without those near retirement,
 * ranked by box, job fit from competency-service (fault tolerant, ADR 0017) and kinerja.
 */
@ApplicationScoped
@Transactional
public class SuccessionService {

    private final CriticalPositionRepository positions;
    private final EmployeeDirectory directory;
    private final TalentService talent;
    private final JobFitLookup jobFit;
    private final CareerConfig.Succession settings;

    @Inject
    SuccessionService(CriticalPositionRepository positions, EmployeeDirectory directory, TalentService talent,
                      JobFitLookup jobFit, CareerConfig config) {
        this.positions = positions;
        this.directory = directory;
        this.talent = talent;
        this.jobFit = jobFit;
        this.settings = config.succession();
    }

    public CriticalPositionView declare(DeclareCritical request) {
        if (positions.scoped("positionId = :id", Map.of("id", request.positionId())).count() > 0) {
            throw ProblemException.conflict("succession.already-critical");
        }
        CriticalPosition p = new CriticalPosition();
        p.positionId = request.positionId().trim();
        p.title = request.title().trim();
        p.unitId = request.unitId();
        positions.persist(p);
        return CriticalPositionView.of(p);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<CriticalPositionView> list(PageRequest page) {
        return positions.page(positions.all(Sort.by("title").and("id")), page, CriticalPositionView::of);
    }

    /** The ranked succession plan of a critical position on today's date. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public SuccessionPlan plan(UUID id) {
        CriticalPosition position = positions.require(id);
        LocalDate today = LocalDate.now();
        List<Person> people = directory.active().stream()
                .filter(p -> !position.positionId.equals(p.positionId())).toList();
        Map<String, Stored> boxes = talent.latest(people.stream().map(Person::nip).toList());
        List<SuccessionRule.Person> pool = new ArrayList<>();
        List<Excluded> excluded = new ArrayList<>();
        Map<String, Person> byNip = new java.util.HashMap<>();
        for (Person p : people) {
            Stored s = boxes.get(p.nip());
            if (s == null || !settings.poolBoxes().contains(s.box())) {
                continue;
            }
            byNip.put(p.nip(), p);
            SuccessionRule.Person candidate = candidate(p, s, null);
            SuccessionRule.exclusion(candidate, settings.poolBoxes(), settings.retirementExclusion(), today)
                    .ifPresentOrElse(reason -> excluded.add(new Excluded(p.nip(), p.name(), s.box(), reason)),
                            () -> pool.add(candidate));
        }
        JobFits fits = pool.isEmpty() ? new JobFits(JobFits.COMPETENCY_SERVICE, Map.of())
                : jobFit.fetch(position.positionId, pool.stream().map(SuccessionRule.Person::nip).toList());
        List<SuccessionRule.Person> ranked = pool.stream()
                .map(c -> candidate(byNip.get(c.nip()), boxes.get(c.nip()), fits.jpm().get(c.nip())))
                .sorted(SuccessionRule.RANKING).toList();
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < ranked.size(); i++) {
            SuccessionRule.Person c = ranked.get(i);
            candidates.add(new Candidate(i + 1, c.nip(), byNip.get(c.nip()).name(), c.box(),
                    SuccessionRule.readiness(c.box(), settings.readiness()), c.kinerja(), c.potentialScore(),
                    c.jobFit(), SuccessionRule.retiresOn(c).orElse(null), reason(c, fits.source())));
        }
        return new SuccessionPlan(CriticalPositionView.of(position), today, fits.source(), candidates, excluded);
    }

    private SuccessionRule.Person candidate(Person p, Stored s, java.math.BigDecimal fit) {
        int age = p.positionClass() == null ? settings.defaultRetirementAge()
                : settings.retirementAge().getOrDefault(p.positionClass(), settings.defaultRetirementAge());
        return new SuccessionRule.Person(p.nip(), s.box(), s.kinerja(), s.potentialScore(), p.birthDate(), age, fit);
    }

    private static String reason(SuccessionRule.Person c, String source) {
        return "box " + c.box() + "; job fit " + (c.jobFit() == null ? "unknown" : "JPM " + c.jobFit().toPlainString()
                + " (" + source + ")") + "; kinerja " + c.kinerja() + "; potential " + c.potentialScore().toPlainString();
    }
}
