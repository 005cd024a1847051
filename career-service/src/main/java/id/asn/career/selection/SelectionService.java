package id.asn.career.selection;

import id.asn.career.config.CareerConfig;
import id.asn.platform.kit.employee.EmployeeDirectory;
import id.asn.platform.kit.employee.EmployeeDirectory.Person;
import id.asn.platform.kit.caller.PeopleAccess;
import id.asn.career.evidence.EvidenceStore;
import id.asn.career.evidence.EvidenceStore.AnnualResult;
import id.asn.career.evidence.MeritInputsChanged;
import id.asn.career.jobfit.JobFitLookup;
import id.asn.career.jobfit.JobFits;
import id.asn.career.record.CareerRecordService;
import id.asn.career.record.EducationLevel;
import id.asn.career.record.RecordViews.CareerFacts;
import id.asn.career.selection.RankingStore.Row;
import id.asn.career.selection.SelectionCandidate.Origin;
import id.asn.career.selection.SelectionRule.Candidate;
import id.asn.career.selection.SelectionRule.Ranked;
import id.asn.career.selection.SelectionRule.Requirements;
import id.asn.career.selection.SelectionRule.Sentence;
import id.asn.career.selection.SelectionViews.Apply;
import id.asn.career.selection.SelectionViews.CandidateView;
import id.asn.career.selection.SelectionViews.CreateSelection;
import id.asn.career.selection.SelectionViews.Nominate;
import id.asn.career.selection.SelectionViews.PublishedRanking;
import id.asn.career.selection.SelectionViews.PublishedRow;
import id.asn.career.selection.SelectionViews.SelectionView;
import id.asn.career.selection.SelectionViews.Shortlist;
import id.asn.career.selection.SelectionViews.ShortlistRow;
import id.asn.career.talent.PlacementStore.Stored;
import id.asn.career.talent.TalentService;
import id.asn.platform.kit.caller.Caller;
import id.asn.platform.kit.paging.Page;
import id.asn.platform.kit.paging.PageRequest;
import id.asn.platform.kit.problem.ProblemException;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Open selection (issue 11 item 6, docs/domain.md §5.7): an open position with its requirements; employees apply,
 * hr-admin nominates; the shortlist ranks by job fit (competency-service, fault tolerant, ADR 0017), performance
 * and box with the reasons; publishing freezes the ranking and its criteria for the candidates to read.
 */
@ApplicationScoped
@Transactional
public class SelectionService {

    private final OpenSelectionRepository selections;
    private final SelectionCandidateRepository candidates;
    private final RankingStore rankings;
    private final EmployeeDirectory directory;
    private final CareerRecordService records;
    private final EvidenceStore evidence;
    private final TalentService talent;
    private final JobFitLookup jobFit;
    private final PeopleAccess access;
    private final Caller caller;
    private final Event<MeritInputsChanged> merit;
    private final CareerConfig.Selection settings;

    @Inject
    SelectionService(OpenSelectionRepository selections, SelectionCandidateRepository candidates,
                     RankingStore rankings, EmployeeDirectory directory, CareerRecordService records,
                     EvidenceStore evidence, TalentService talent, JobFitLookup jobFit, PeopleAccess access,
                     Caller caller, Event<MeritInputsChanged> merit,
                     CareerConfig config) {
        this.selections = selections;
        this.candidates = candidates;
        this.rankings = rankings;
        this.directory = directory;
        this.records = records;
        this.evidence = evidence;
        this.talent = talent;
        this.jobFit = jobFit;
        this.access = access;
        this.caller = caller;
        this.merit = merit;
        this.settings = config.selection();
    }

    public SelectionView create(CreateSelection request) {
        EducationLevel education = EducationLevel.parse(request.minEducation()).orElseThrow(() ->
                ProblemException.invalid("minEducation", "selection.unknown-education", request.minEducation()));
        if (request.closesOn().isBefore(request.opensOn())) {
            throw ProblemException.invalid("closesOn", "selection.closes-before-opens");
        }
        OpenSelection s = new OpenSelection();
        s.positionId = request.positionId().trim();
        s.title = request.title().trim();
        s.positionClass = request.positionClass();
        s.unitId = request.unitId();
        s.minEducation = education.name();
        s.maxAge = request.maxAge();
        s.opensOn = request.opensOn();
        s.closesOn = request.closesOn();
        selections.persist(s);
        return SelectionView.of(s);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<SelectionView> list(PageRequest page) {
        return selections.page(selections.all(Sort.by("closesOn").descending().and("id")), page, SelectionView::of);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public SelectionView get(UUID id) {
        return SelectionView.of(selections.require(id));
    }

    /** The caller applies for themselves, while the selection is open. */
    public CandidateView apply(UUID id, Apply request) {
        String nip = caller.nip().orElseThrow(ProblemException::forbidden);
        return enter(selections.require(id), nip, Origin.APPLIED, request == null ? null : request.note());
    }

    /** hr-admin nominates an active employee of the agency, while the selection is open. */
    public CandidateView nominate(UUID id, Nominate request) {
        String nip = request.nip().replace(" ", "");
        OpenSelection s = selections.require(id);
        if (directory.find(nip).filter(Person::active).isEmpty()) {
            throw ProblemException.invalid("nip", "selection.unknown-employee", nip);
        }
        return enter(s, nip, Origin.NOMINATED, request.note());
    }

    /** The live ranking of every candidate with the reasons (hr-admin). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Shortlist shortlist(UUID id) {
        OpenSelection s = selections.require(id);
        Requirements requirements = requirements(s);
        Ranking ranking = rank(s, requirements);
        List<ShortlistRow> rows = ranking.ranked().stream().map(r -> new ShortlistRow(r.place(),
                r.candidate().nip(), name(ranking.people(), r.candidate().nip()),
                ranking.origins().get(r.candidate().nip()).name(), r.eligible(), r.candidate().jobFit(),
                r.predikat(), r.candidate().box(), r.reason())).toList();
        return new Shortlist(SelectionView.of(s), ranking.source(), SelectionRule.criteria(requirements), rows);
    }

    /** Freezes the ranking and its criteria and shows them to the candidates; applications end. */
    public PublishedRanking publish(UUID id) {
        OpenSelection s = selections.require(id);
        if (s.status != OpenSelection.Status.OPEN) {
            throw ProblemException.conflict("selection.already-published");
        }
        Requirements requirements = requirements(s);
        Ranking ranking = rank(s, requirements);
        rankings.save(s.id, ranking.ranked().stream().map(r -> new Row(r.place(), r.candidate().nip(),
                name(ranking.people(), r.candidate().nip()), r.eligible(), r.candidate().jobFit(), r.predikat(),
                r.candidate().box(), r.reason())).toList());
        s.status = OpenSelection.Status.RANKING_PUBLISHED;
        s.criteria = SelectionRule.criteria(requirements) + " Job fit from " + ranking.source() + ".";
        s.publishedAt = Instant.now();
        s.publishedBy = access.actor();
        merit.fire(MeritInputsChanged.employees(ranking.origins().keySet()));
        return published(s);
    }

    /**
     * The published ranking: hr-admin reads every row; a candidate their own row in full and of the others only
     * the place and whether eligible (docs/domain.md §5.7); anyone else, or before publication, 404.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PublishedRanking published(UUID id) {
        OpenSelection s = selections.require(id);
        if (s.publishedAt == null) {
            throw ProblemException.notFound();
        }
        return published(s);
    }

    private PublishedRanking published(OpenSelection s) {
        List<Row> rows = rankings.of(s.id);
        boolean all = access.isAgencyWide();
        String viewer = caller.nip().orElse(null);
        if (!all && (viewer == null || rows.stream().noneMatch(r -> r.nip().equals(viewer)))) {
            throw ProblemException.notFound();
        }
        List<PublishedRow> out = new ArrayList<>();
        for (Row r : rows) {
            String label = "Kandidat " + r.place();
            boolean own = r.nip().equals(viewer);
            out.add(all || SelectionRule.showsIdentity(r.nip(), viewer)
                    ? new PublishedRow(r.place(), label, own, r.eligible(), r.nip(), r.name(), r.jobFit(),
                    r.predikat(), r.box(), r.reason())
                    : new PublishedRow(r.place(), label, false, r.eligible(), null, null, null, null, null, null));
        }
        return new PublishedRanking(s.id, s.title, s.publishedAt, s.criteria, out);
    }

    private CandidateView enter(OpenSelection s, String nip, Origin origin, String note) {
        LocalDate today = LocalDate.now();
        if (s.status != OpenSelection.Status.OPEN || today.isBefore(s.opensOn) || today.isAfter(s.closesOn)) {
            throw ProblemException.rule("selection.not-open", today, s.opensOn, s.closesOn, s.status);
        }
        if (candidates.scoped("selectionId = :s and nip = :nip", Map.of("s", s.id, "nip", nip)).count() > 0) {
            throw ProblemException.conflict("selection.already-candidate");
        }
        SelectionCandidate c = new SelectionCandidate();
        c.selectionId = s.id;
        c.nip = nip;
        c.origin = origin;
        c.note = note;
        candidates.persist(c);
        return CandidateView.of(c);
    }

    private Requirements requirements(OpenSelection s) {
        EducationLevel min = EducationLevel.valueOf(s.minEducation);
        return new Requirements(min.tier(), min.name(), s.maxAge, s.closesOn, settings.performanceYears(),
                new HashSet<>(settings.acceptedPredikat()));
    }

    /** The candidates with their people, how they came in, and the ranking. */
    private record Ranking(List<Ranked> ranked, Map<String, Person> people, Map<String, Origin> origins,
                           String source) {
    }

    private Ranking rank(OpenSelection s, Requirements requirements) {
        Map<String, Origin> origins = new HashMap<>();
        candidates.scoped("selectionId = :s", Map.of("s", s.id)).list().forEach(c -> origins.put(c.nip, c.origin));
        List<String> nips = origins.keySet().stream().sorted().toList();
        Map<String, Person> people = directory.find(nips);
        Map<String, CareerFacts> facts = new HashMap<>();
        records.facts(people.values()).forEach(f -> facts.put(f.nip(), f));
        Map<String, Map<Integer, AnnualResult>> results = evidence.annualResults(nips);
        Map<String, Stored> boxes = talent.latest(nips);
        JobFits fits = nips.isEmpty() ? new JobFits(JobFits.COMPETENCY_SERVICE, Map.of())
                : jobFit.fetch(s.positionId, nips);
        List<Candidate> list = new ArrayList<>();
        for (String nip : nips) {
            CareerFacts f = facts.get(nip);
            Map<Integer, String> predikat = new HashMap<>();
            results.getOrDefault(nip, Map.of()).forEach((year, r) -> predikat.put(year, r.predikat()));
            List<Sentence> sentences = f == null ? List.of()
                    : f.sanctions().stream().map(x -> new Sentence(x.startsOn(), x.endsOn())).toList();
            EducationLevel education = f == null ? null : f.education();
            Stored box = boxes.get(nip);
            list.add(new Candidate(nip, education == null ? 0 : education.tier(),
                    education == null ? null : education.name(), f == null ? null : f.birthDate(), predikat,
                    sentences, fits.jpm().get(nip), box == null ? null : box.box()));
        }
        return new Ranking(SelectionRule.rank(list, requirements), people, origins, fits.source());
    }

    private static String name(Map<String, Person> people, String nip) {
        Person p = people.get(nip);
        return p == null ? null : p.name();
    }
}
