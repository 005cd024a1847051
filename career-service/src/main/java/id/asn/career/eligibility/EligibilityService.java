package id.asn.career.eligibility;

import id.asn.career.Chunks;
import id.asn.career.config.CareerConfig;
import id.asn.career.eligibility.EligibilityViews.Eligibility;
import id.asn.career.eligibility.EligibilityViews.EligibleEmployee;
import id.asn.career.eligibility.RegularPromotionRule.Candidate;
import id.asn.career.eligibility.RegularPromotionRule.Outcome;
import id.asn.career.eligibility.RegularPromotionRule.Sentence;
import id.asn.career.evidence.EvidenceStore;
import id.asn.career.evidence.EvidenceStore.AnnualResult;
import id.asn.career.record.CareerRecordService;
import id.asn.career.record.RecordViews.CareerFacts;
import id.asn.platform.kit.caller.PeopleAccess;
import id.asn.platform.kit.employee.EmployeeDirectory;
import id.asn.platform.kit.paging.Page;
import id.asn.platform.kit.paging.PageRequest;
import id.asn.platform.kit.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

/** KP reguler eligibility (issue 11 item 2) of one employee and the agency's list of those eligible on a date. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class EligibilityService {

    private final CareerRecordService records;
    private final EmployeeDirectory directory;
    private final EvidenceStore evidence;
    private final PeopleAccess access;
    private final RegularPromotionRule rule;

    @Inject
    EligibilityService(CareerRecordService records, EmployeeDirectory directory, EvidenceStore evidence,
                       PeopleAccess access, CareerConfig config) {
        this.records = records;
        this.directory = directory;
        this.evidence = evidence;
        this.access = access;
        CareerConfig.Promotion p = config.promotion();
        this.rule = new RegularPromotionRule(new RegularPromotionRule.Settings(p.minYearsInRank(),
                p.performanceYears(), new HashSet<>(p.acceptedPredikat()), p.monthlyPeriodsFrom(),
                new HashSet<>(p.earlierPeriodMonths())));
    }

    /** The eligibility of an employee the caller may see, on {@code on} or the next promotion period. */
    public Eligibility of(String nip, LocalDate on) {
        access.requireVisible(nip);
        CareerFacts facts = records.facts(nip).orElseThrow(ProblemException::notFound);
        LocalDate date = on != null ? on : rule.nextPeriod(LocalDate.now());
        return view(facts, evaluate(facts, evidence.annualResults(nip), date));
    }

    /** Without an access check, for the promotion proposal that must respect the same rule. */
    public Eligibility forProposal(String nip, LocalDate on) {
        CareerFacts facts = records.facts(nip).orElseThrow(ProblemException::notFound);
        return view(facts, evaluate(facts, evidence.annualResults(nip), on));
    }

    /** The agency's active employees eligible on {@code on}, by NIP. */
    public Page<EligibleEmployee> eligibleOn(LocalDate on, PageRequest page) {
        List<EligibleEmployee> eligible = new ArrayList<>();
        for (List<EmployeeDirectory.Person> chunk : Chunks.of(directory.active())) {
            List<CareerFacts> facts = records.facts(chunk);
            Map<String, Map<Integer, AnnualResult>> results = evidence.annualResults(facts.stream()
                    .map(CareerFacts::nip).toList());
            for (CareerFacts f : facts) {
                Outcome o = evaluate(f, results.getOrDefault(f.nip(), Map.of()), on);
                if (o.eligible()) {
                    eligible.add(new EligibleEmployee(f.nip(), f.name(), f.rank(), f.rankTmt(), o.nextRank()));
                }
            }
        }
        int from = Math.min(page.offset(), eligible.size());
        int to = Math.min(from + page.size, eligible.size());
        return Page.of(eligible.subList(from, to), page, eligible.size());
    }

    private Outcome evaluate(CareerFacts f, Map<Integer, AnnualResult> results, LocalDate on) {
        Map<Integer, String> predikat = new HashMap<>();
        results.forEach((year, r) -> predikat.put(year, r.predikat()));
        return rule.evaluate(new Candidate(f.employeeType(), f.positionClass(), f.rank(), f.rankTmt(), f.education(),
                f.sanctions().stream().map(s -> new Sentence(s.startsOn(), s.endsOn())).toList(), predikat), on);
    }

    private static Eligibility view(CareerFacts f, Outcome o) {
        return new Eligibility(f.nip(), f.name(), o.on(), f.rank(), f.rankTmt(), o.nextRank(), o.eligible(),
                o.eligibleFrom().orElse(null), o.unmet());
    }
}
