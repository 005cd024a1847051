package id.asn.career.record;

import id.asn.career.audit.AuditTrail;
import id.asn.career.record.RecordViews.AddEducation;
import id.asn.career.record.RecordViews.AddPosition;
import id.asn.career.record.RecordViews.AddRank;
import id.asn.career.record.RecordViews.AddSanction;
import id.asn.career.record.RecordViews.AuditView;
import id.asn.career.record.RecordViews.CareerFacts;
import id.asn.career.record.RecordViews.CareerRecord;
import id.asn.career.record.RecordViews.EducationView;
import id.asn.career.record.RecordViews.PositionView;
import id.asn.career.record.RecordViews.RankView;
import id.asn.career.record.RecordViews.SanctionPeriod;
import id.asn.career.record.RecordViews.SanctionView;
import id.asn.platform.events.employee.EmployeeSnapshot;
import id.asn.platform.kit.caller.PeopleAccess;
import id.asn.platform.kit.employee.EmployeeDirectory;
import id.asn.platform.kit.employee.EmployeeDirectory.Person;
import id.asn.platform.kit.problem.ProblemException;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The career record (issue 11 item 1): rank, position, education and sanction history kept from asn.employee
 * events and hr-admin entries, every change on the audit trail. Other features read it as {@link CareerFacts}.
 */
@ApplicationScoped
@Transactional
public class CareerRecordService {

    private static final String SYSTEM = "asn.employee";

    private final EmployeeDirectory directory;
    private final PeopleAccess access;
    private final RankEntryRepository ranks;
    private final PositionEntryRepository positions;
    private final EducationEntryRepository education;
    private final SanctionRepository sanctions;
    private final AuditTrail audit;

    @Inject
    CareerRecordService(EmployeeDirectory directory, PeopleAccess access, RankEntryRepository ranks,
                        PositionEntryRepository positions, EducationEntryRepository education,
                        SanctionRepository sanctions, AuditTrail audit) {
        this.directory = directory;
        this.access = access;
        this.ranks = ranks;
        this.positions = positions;
        this.education = education;
        this.sanctions = sanctions;
        this.audit = audit;
    }

    /**
     * Follows an employee snapshot the kit's projection applied from master data: a history entry for a rank,
     * position or diploma that differs from the last one known. The TMT of such an entry is unknown until hr-admin
     * enters the decree, so it stays empty rather than guessed.
     */
    void applySnapshot(@Observes EmployeeDirectory.Applied applied) {
        EmployeeSnapshot s = applied.snapshot();
        Optional<Person> before = applied.before();
        String nip = s.nip();
        if (s.rank() != null && !s.rank().isBlank() && currentRankEntry(nip).map(e -> !e.rank.equals(s.rank()))
                .orElse(true)) {
            RankEntry entry = new RankEntry();
            entry.nip = nip;
            entry.rank = s.rank();
            entry.source = Source.EVENT;
            ranks.persist(entry);
            audit.record(nip, "RANK", entry.id, "RANK_FROM_MASTER_DATA", Map.of("rank", s.rank()), SYSTEM);
        }
        boolean positionChanged = before.map(p -> !Objects.equals(p.positionId(), s.positionId())
                || !Objects.equals(p.positionTitle(), s.positionTitle())).orElse(true);
        if (s.positionTitle() != null && s.positionClass() != null && positionChanged) {
            PositionEntry entry = new PositionEntry();
            entry.nip = nip;
            entry.positionId = s.positionId();
            entry.positionTitle = s.positionTitle();
            entry.positionClass = s.positionClass();
            entry.unitId = s.unitId();
            entry.source = Source.EVENT;
            positions.persist(entry);
            audit.record(nip, "POSITION", entry.id, "POSITION_FROM_MASTER_DATA",
                    Map.of("positionTitle", s.positionTitle(), "positionClass", s.positionClass()), SYSTEM);
        }
        Optional<EducationLevel> level = EducationLevel.parse(s.education());
        if (level.isPresent() && education.scoped("nip = :nip and level = :level",
                Map.of("nip", nip, "level", level.get())).count() == 0) {
            EducationEntry entry = new EducationEntry();
            entry.nip = nip;
            entry.level = level.get();
            entry.source = Source.EVENT;
            education.persist(entry);
            audit.record(nip, "EDUCATION", entry.id, "EDUCATION_FROM_MASTER_DATA", Map.of("level", level.get()),
                    SYSTEM);
        }
    }

    /** hr-admin enters a rank decree; it completes the master-data entry of the same rank when that has no TMT. */
    public RankView addRank(String nip, AddRank request) {
        Person person = requireEmployee(nip);
        if (Rank.describe(request.rank(), person.isPppk()).isEmpty()) {
            throw ProblemException.invalid("rank", person.isPppk() ? "record.rank.pppk" : "record.rank.pns");
        }
        RankEntry entry = ranks.scoped("nip = :nip and rank = :rank and tmt is null",
                        Map.of("nip", nip, "rank", request.rank())).firstResultOptional()
                .orElseGet(RankEntry::new);
        entry.nip = nip;
        entry.rank = request.rank();
        entry.tmt = request.tmt();
        entry.decreeNumber = request.decreeNumber().trim();
        entry.source = Source.HR;
        ranks.persist(entry);
        audit.record(nip, "RANK", entry.id, "RANK_ENTERED", Map.of("rank", entry.rank, "tmt", entry.tmt.toString(),
                "decreeNumber", entry.decreeNumber), access.actor());
        return RankView.of(entry, person.isPppk());
    }

    /** A promotion that took effect: the new rank from the decided proposal. */
    public void recordPromotion(String nip, String rank, LocalDate tmt, String decreeNumber, String actor) {
        RankEntry entry = new RankEntry();
        entry.nip = nip;
        entry.rank = rank;
        entry.tmt = tmt;
        entry.decreeNumber = decreeNumber;
        entry.source = Source.PROMOTION;
        ranks.persist(entry);
        audit.record(nip, "RANK", entry.id, "RANK_PROMOTED", Map.of("rank", rank, "tmt", tmt.toString(),
                "decreeNumber", decreeNumber), actor);
    }

    public PositionView addPosition(String nip, AddPosition request) {
        requireEmployee(nip);
        PositionEntry entry = new PositionEntry();
        entry.nip = nip;
        entry.positionId = request.positionId();
        entry.positionTitle = request.positionTitle().trim();
        entry.positionClass = request.positionClass().trim();
        entry.unitId = request.unitId();
        entry.tmt = request.tmt();
        entry.decreeNumber = request.decreeNumber().trim();
        entry.source = Source.HR;
        positions.persist(entry);
        audit.record(nip, "POSITION", entry.id, "POSITION_ENTERED", Map.of("positionTitle", entry.positionTitle,
                "positionClass", entry.positionClass, "tmt", entry.tmt.toString(), "decreeNumber",
                entry.decreeNumber), access.actor());
        return PositionView.of(entry);
    }

    public EducationView addEducation(String nip, AddEducation request) {
        requireEmployee(nip);
        EducationEntry entry = new EducationEntry();
        entry.nip = nip;
        entry.level = request.level();
        entry.institution = request.institution();
        entry.major = request.major();
        entry.graduatedOn = request.graduatedOn();
        entry.source = Source.HR;
        education.persist(entry);
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("level", entry.level);
        detail.put("institution", entry.institution);
        audit.record(nip, "EDUCATION", entry.id, "EDUCATION_ENTERED", detail, access.actor());
        return EducationView.of(entry);
    }

    public SanctionView addSanction(String nip, AddSanction request) {
        requireEmployee(nip);
        if (request.endsOn().isBefore(request.startsOn())) {
            throw ProblemException.invalid("endsOn", "record.sanction.ends-before-start");
        }
        Sanction sanction = new Sanction();
        sanction.nip = nip;
        sanction.level = request.level();
        sanction.description = request.description().trim();
        sanction.startsOn = request.startsOn();
        sanction.endsOn = request.endsOn();
        sanction.decreeNumber = request.decreeNumber();
        sanctions.persist(sanction);
        audit.record(nip, "SANCTION", sanction.id, "SANCTION_ENTERED", Map.of("level", sanction.level,
                "startsOn", sanction.startsOn.toString(), "endsOn", sanction.endsOn.toString()), access.actor());
        return SanctionView.of(sanction);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public CareerRecord record(String nip) {
        Person p = visiblePerson(nip);
        List<RankEntry> rankHistory = history(nip);
        Optional<RankEntry> current = current(rankHistory);
        return new CareerRecord(p.nip(), p.name(), p.employeeType(), p.unitId(), p.unitName(), p.positionTitle(),
                p.positionClass(), current.map(e -> e.rank).orElse(p.rank()),
                current.flatMap(e -> Rank.describe(e.rank, p.isPppk())).orElse(null),
                current.map(e -> e.tmt).orElse(null), p.tmt(),
                rankHistory.stream().map(e -> RankView.of(e, p.isPppk())).toList(),
                positions.scoped("nip = :nip", Map.of("nip", nip)).list().stream()
                        .sorted(byTmt(e -> e.tmt)).map(PositionView::of).toList(),
                education.scoped("nip = :nip", Map.of("nip", nip)).list().stream()
                        .sorted(Comparator.comparingInt((EducationEntry e) -> e.level.tier()))
                        .map(EducationView::of).toList(),
                sanctions.scoped("nip = :nip", Map.of("nip", nip), Sort.by("startsOn")).list().stream()
                        .map(SanctionView::of).toList());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public AuditView audit(String nip) {
        visiblePerson(nip);
        return new AuditView(nip, audit.of(nip));
    }

    /** The facts of one employee for the rules, without an access check (the caller's feature checks). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<CareerFacts> facts(String nip) {
        return directory.find(nip).map(p -> facts(p, history(nip),
                education.scoped("nip = :nip", Map.of("nip", nip)).list(),
                sanctions.scoped("nip = :nip", Map.of("nip", nip)).list()));
    }

    /** The facts of many employees in four queries, for agency-wide lists. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CareerFacts> facts(Collection<Person> people) {
        if (people.isEmpty()) {
            return List.of();
        }
        List<String> nips = people.stream().map(Person::nip).toList();
        Map<String, List<RankEntry>> rankRows = group(ranks.scoped("nip in :nips", Map.of("nips", nips)).list(),
                e -> e.nip);
        Map<String, List<EducationEntry>> eduRows = group(education.scoped("nip in :nips", Map.of("nips", nips))
                .list(), e -> e.nip);
        Map<String, List<Sanction>> sanctionRows = group(sanctions.scoped("nip in :nips", Map.of("nips", nips))
                .list(), s -> s.nip);
        return people.stream().map(p -> {
            List<RankEntry> history = rankRows.getOrDefault(p.nip(), List.of()).stream().sorted(RANK_ORDER).toList();
            return facts(p, history, eduRows.getOrDefault(p.nip(), List.of()),
                    sanctionRows.getOrDefault(p.nip(), List.of()));
        }).toList();
    }

    private static CareerFacts facts(Person p, List<RankEntry> history, List<EducationEntry> diplomas,
                                     List<Sanction> sentences) {
        Optional<RankEntry> current = current(history);
        EducationLevel highest = diplomas.stream().map(e -> e.level)
                .max(Comparator.comparingInt(EducationLevel::tier)).orElse(null);
        return new CareerFacts(p.nip(), p.name(), p.employeeType(), p.positionClass(), p.birthDate(),
                current.map(e -> e.rank).orElse(p.rank()), current.map(e -> e.tmt).orElse(null), highest, p.tmt(),
                sentences.stream().map(s -> new SanctionPeriod(s.level.name(), s.startsOn, s.endsOn)).toList());
    }

    private Person requireEmployee(String nip) {
        return directory.find(nip).orElseThrow(ProblemException::notFound);
    }

    private Person visiblePerson(String nip) {
        access.requireVisible(nip);
        return requireEmployee(nip);
    }

    // entries with a TMT in TMT order, then those master data reported without one, in arrival order
    private static final Comparator<RankEntry> RANK_ORDER = Comparator
            .comparing((RankEntry e) -> e.tmt, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(e -> e.createdAt, Comparator.nullsLast(Comparator.naturalOrder()));

    private List<RankEntry> history(String nip) {
        return ranks.scoped("nip = :nip", Map.of("nip", nip)).list().stream().sorted(RANK_ORDER).toList();
    }

    private Optional<RankEntry> currentRankEntry(String nip) {
        return current(history(nip));
    }

    /**
     * The current rank: the one with the latest TMT, unless master data has since reported a rank no decree
     * shows yet (an entry without TMT created after it), which is then current with an unknown TMT.
     */
    private static Optional<RankEntry> current(List<RankEntry> history) {
        Optional<RankEntry> dated = history.stream().filter(e -> e.tmt != null).reduce((a, b) -> b);
        Optional<RankEntry> undated = history.stream().filter(e -> e.tmt == null).reduce((a, b) -> b);
        if (dated.isEmpty()) {
            return undated;
        }
        if (undated.isPresent() && undated.get().createdAt != null && dated.get().updatedAt != null
                && undated.get().createdAt.isAfter(dated.get().updatedAt)) {
            return undated;
        }
        return dated;
    }

    private static <T> Comparator<T> byTmt(java.util.function.Function<T, LocalDate> tmt) {
        return Comparator.comparing(tmt, Comparator.nullsLast(Comparator.naturalOrder()));
    }

    private static <T> Map<String, List<T>> group(List<T> rows, java.util.function.Function<T, String> key) {
        Map<String, List<T>> grouped = new HashMap<>();
        for (T row : rows) {
            grouped.computeIfAbsent(key.apply(row), k -> new java.util.ArrayList<>()).add(row);
        }
        return grouped;
    }
}
