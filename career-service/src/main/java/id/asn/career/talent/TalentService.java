package id.asn.career.talent;

import id.asn.career.Chunks;
import id.asn.career.audit.AuditTrail;
import id.asn.career.award.AwardService;
import id.asn.career.config.CareerConfig;
import id.asn.career.evidence.EvidenceChanged;
import id.asn.career.evidence.EvidenceStore;
import id.asn.career.evidence.EvidenceStore.AnnualResult;
import id.asn.career.talent.NineBoxRule.Evidence;
import id.asn.career.talent.NineBoxRule.Kinerja;
import id.asn.career.talent.NineBoxRule.Placement;
import id.asn.career.talent.NineBoxRule.Potensial;
import id.asn.career.talent.NineBoxRule.Scheme;
import id.asn.career.talent.PlacementStore.Stored;
import id.asn.career.talent.TalentViews.Cell;
import id.asn.career.talent.TalentViews.Grid;
import id.asn.career.talent.TalentViews.PlacementView;
import id.asn.career.talent.TalentViews.Recomputed;
import id.asn.career.talent.TalentViews.SchemeRequest;
import id.asn.career.talent.TalentViews.SchemeView;
import id.asn.platform.events.EventTypes;
import id.asn.platform.events.career.CareerTalentBoxChangedV1;
import id.asn.platform.kit.caller.PeopleAccess;
import id.asn.platform.kit.employee.EmployeeDirectory;
import id.asn.platform.kit.employee.EmployeeDirectory.Person;
import id.asn.platform.kit.outbox.Outbox;
import id.asn.platform.kit.paging.Page;
import id.asn.platform.kit.paging.PageRequest;
import id.asn.platform.kit.problem.ProblemException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The talent 9-box (issue 11 item 4): placements from appraisals (kinerja) and from competency, training and
 * awards (potential) under the agency's scheme of the year, each with its reason; a changed box is audited and
 * published as {@code career.talent-box-changed}. Placements follow new evidence as it arrives.
 */
@ApplicationScoped
@Transactional
public class TalentService {

    private static final String SYSTEM = "career-service";

    private final TalentSchemeRepository schemes;
    private final PlacementStore placements;
    private final EvidenceStore evidence;
    private final EmployeeDirectory directory;
    private final AwardService awards;
    private final PeopleAccess access;
    private final AuditTrail audit;
    private final Outbox outbox;
    private final CareerConfig.Talent defaults;

    @Inject
    TalentService(TalentSchemeRepository schemes, PlacementStore placements, EvidenceStore evidence,
                  EmployeeDirectory directory, AwardService awards, PeopleAccess access, AuditTrail audit,
                  Outbox outbox, CareerConfig config) {
        this.schemes = schemes;
        this.placements = placements;
        this.evidence = evidence;
        this.directory = directory;
        this.awards = awards;
        this.access = access;
        this.audit = audit;
        this.outbox = outbox;
        this.defaults = config.talent();
    }

    public SchemeView setScheme(int year, SchemeRequest r) {
        if (r.competencyWeight().add(r.trainingWeight()).add(r.awardWeight()).compareTo(BigDecimal.ONE) != 0) {
            throw ProblemException.invalid("competencyWeight", "talent.weights-sum");
        }
        if (r.mediumFrom().compareTo(r.highFrom()) >= 0) {
            throw ProblemException.invalid("mediumFrom", "talent.cutoffs-order");
        }
        TalentScheme scheme = schemes.scoped("year = :year", Map.of("year", year)).firstResultOptional()
                .orElseGet(TalentScheme::new);
        scheme.year = year;
        scheme.competencyWeight = r.competencyWeight();
        scheme.trainingWeight = r.trainingWeight();
        scheme.awardWeight = r.awardWeight();
        scheme.mediumFrom = r.mediumFrom();
        scheme.highFrom = r.highFrom();
        schemes.persist(scheme);
        return view(year, Optional.of(scheme));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public SchemeView scheme(int year) {
        return view(year, schemes.scoped("year = :year", Map.of("year", year)).firstResultOptional());
    }

    /** Places the employee again when their evidence changed (in the inbox's or the award's transaction). */
    void onEvidence(@Observes EvidenceChanged changed) {
        Optional<Integer> year = Optional.ofNullable(changed.year()).or(() -> evidence.latestAnnualYear(changed.nip()));
        if (year.isEmpty() || directory.find(changed.nip()).isEmpty()) {
            return;
        }
        place(List.of(changed.nip()), year.get());
    }

    /**
     * Places every active employee of the agency with an annual appraisal of {@code year}, one slice of
     * {@link Chunks#SIZE} employees per transaction: a slice's placements, audit lines and events commit together,
     * so no transaction grows with the agency and an interrupted run leaves every employee either placed anew or
     * as before, which the next run completes without announcing an unchanged box again.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public Recomputed recompute(int year) {
        List<String> nips = directory.active().stream().map(Person::nip).toList();
        Scheme scheme = scheme(year, schemes.scoped("year = :year", Map.of("year", year)).firstResultOptional());
        int placed = 0;
        int changed = 0;
        int without = 0;
        for (List<String> chunk : Chunks.of(nips)) {
            Recomputed part = QuarkusTransaction.requiringNew().call(() -> place(chunk, year, scheme));
            placed += part.placed();
            changed += part.changed();
            without += part.withoutAnnualAppraisal();
        }
        return new Recomputed(year, placed, changed, without);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PlacementView placement(String nip, Integer year) {
        access.requireVisible(nip);
        Person person = directory.find(nip).orElseThrow(ProblemException::notFound);
        Optional<Stored> stored = year != null ? placements.find(nip, year)
                : Optional.ofNullable(placements.latest(List.of(nip)).get(nip));
        return stored.map(s -> view(s, person.name())).orElseThrow(ProblemException::notFound);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<PlacementView> placements(int year, Integer box, PageRequest page) {
        List<Stored> all = placements.ofYear(year, box, access.visibleNips().orElse(null));
        int from = Math.min(page.offset(), all.size());
        List<Stored> slice = all.subList(from, Math.min(from + page.size, all.size()));
        Map<String, Person> people = directory.find(slice.stream().map(Stored::nip).toList());
        return Page.of(slice.stream().map(s -> view(s, people.containsKey(s.nip()) ? people.get(s.nip()).name()
                : null)).toList(), page, all.size());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Grid grid(int year) {
        Map<Integer, Long> counts = placements.counts(year);
        List<Cell> cells = new ArrayList<>();
        for (Kinerja k : Kinerja.values()) {
            for (Potensial p : Potensial.values()) {
                int box = NineBoxRule.box(k, p);
                cells.add(new Cell(box, k.name(), p.name(), counts.getOrDefault(box, 0L)));
            }
        }
        cells.sort((a, b) -> Integer.compare(a.box(), b.box()));
        return new Grid(year, counts.values().stream().mapToLong(Long::longValue).sum(), cells);
    }

    /** The agency's grid of the year drawn as a PNG. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public byte[] picture(int year) {
        return GridPicture.png(grid(year));
    }

    /** The latest placement of each of {@code nips}, for succession: NIP → box and kinerja. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, Stored> latest(List<String> nips) {
        Map<String, Stored> latest = new HashMap<>();
        Chunks.of(nips).forEach(chunk -> latest.putAll(placements.latest(chunk)));
        return latest;
    }

    private Recomputed place(List<String> nips, int year) {
        return place(nips, year, scheme(year, schemes.scoped("year = :year", Map.of("year", year))
                .firstResultOptional()));
    }

    private Recomputed place(List<String> nips, int year, Scheme scheme) {
        Map<String, Map<Integer, AnnualResult>> results = evidence.annualResults(nips);
        Map<String, EvidenceStore.JobFitFromEvents> fits = evidence.jobFits(nips);
        Map<String, BigDecimal> jp = evidence.trainingJp(nips, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
        Set<String> awarded = awards.awardedSince(nips, LocalDate.of(year - defaults.awardYears() + 1, 1, 1));
        Map<String, Stored> before = placements.latest(nips);
        Map<String, Stored> sameYear = new HashMap<>();
        placements.ofYear(year, null, nips).forEach(p -> sameYear.put(p.nip(), p));
        List<PlacementStore.Row> rows = new ArrayList<>();
        List<Outbox.Event> events = new ArrayList<>();
        List<AuditTrail.Entry> lines = new ArrayList<>();
        int without = 0;
        for (String nip : nips) {
            AnnualResult result = results.getOrDefault(nip, Map.of()).get(year);
            if (result == null) {
                without++;
                continue;
            }
            EvidenceStore.JobFitFromEvents fit = fits.get(nip);
            Optional<Placement> placement = NineBoxRule.place(new Evidence(year, result.predikat(),
                    fit == null ? null : fit.jpm(), jp.getOrDefault(nip, BigDecimal.ZERO), awarded.contains(nip)),
                    scheme);
            if (placement.isEmpty()) {
                without++;
                continue;
            }
            Placement p = placement.get();
            Optional<Stored> previous = Optional.ofNullable(sameYear.get(nip));
            rows.add(new PlacementStore.Row(nip, p));
            if (previous.map(s -> s.box() != p.box()).orElse(true)) {
                Integer previousBox = previous.map(Stored::box)
                        .orElse(Optional.ofNullable(before.get(nip)).filter(b -> b.year() < year).map(Stored::box)
                                .orElse(null));
                events.add(new Outbox.Event(nip, new CareerTalentBoxChangedV1(nip, year, previousBox, p.box(),
                        p.kinerja().name(), p.potensial().name())));
                lines.add(new AuditTrail.Entry(nip, year, Map.of("year", year, "box", p.box(), "reason",
                        p.reason())));
            }
        }
        placements.saveAll(year, rows);
        audit.recordAll("TALENT_BOX", "PLACED", SYSTEM, lines);
        outbox.recordAll(EventTypes.CAREER_TALENT_BOX_CHANGED, events);
        return new Recomputed(year, rows.size(), events.size(), without);
    }

    private Scheme scheme(int year, Optional<TalentScheme> own) {
        SchemeView v = view(year, own);
        return new Scheme(v.competencyWeight(), v.trainingWeight(), v.awardWeight(), v.mediumFrom(), v.highFrom(),
                defaults.yearlyJp(), defaults.kinerjaByPredikat());
    }

    private SchemeView view(int year, Optional<TalentScheme> own) {
        return own.map(s -> new SchemeView(year, "AGENCY", s.competencyWeight, s.trainingWeight, s.awardWeight,
                        s.mediumFrom, s.highFrom))
                .orElseGet(() -> new SchemeView(year, "DEFAULT", defaults.competencyWeight(), defaults.trainingWeight(),
                        defaults.awardWeight(), defaults.mediumFrom(), defaults.highFrom()));
    }

    private static PlacementView view(Stored s, String name) {
        return new PlacementView(s.nip(), name, s.year(), s.box(), s.kinerja(), s.potensial(), s.potentialScore(),
                s.reason(), NineBoxRule.actions(s.box()));
    }
}
