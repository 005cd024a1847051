package id.asn.training.proposal;

import id.asn.platform.kit.caller.Caller;
import id.asn.platform.kit.employee.EmployeeDirectory;
import id.asn.platform.kit.problem.FieldViolation;
import id.asn.platform.kit.problem.ProblemException;
import id.asn.training.config.TrainingConfig;
import id.asn.training.ledger.LedgerService;
import id.asn.training.need.NeedService;
import id.asn.training.need.NeedViews.OpenNeed;
import id.asn.training.need.TrainingNeed;
import id.asn.training.plan.PlanService;
import id.asn.training.plan.PlanViews.AddItem;
import id.asn.training.plan.PlanViews.DraftBudget;
import id.asn.training.plan.PlanViews.PlanView;
import id.asn.training.program.DevelopmentPath;
import id.asn.training.program.ProgramService;
import id.asn.training.program.ProgramViews.ProgramTerms;
import id.asn.training.program.ProgramViews.Target;
import id.asn.training.proposal.PlanProblem.Employee;
import id.asn.training.proposal.PlanProblem.Need;
import id.asn.training.proposal.PlanProblem.Pair;
import id.asn.training.proposal.PlanProblem.Programme;
import id.asn.training.proposal.ProposalViews.Adopt;
import id.asn.training.proposal.ProposalViews.Availability;
import id.asn.training.proposal.ProposalViews.ChoiceView;
import id.asn.training.proposal.ProposalViews.ClosedView;
import id.asn.training.proposal.ProposalViews.ItemView;
import id.asn.training.proposal.ProposalViews.MandatoryAssignment;
import id.asn.training.proposal.ProposalViews.PhaseView;
import id.asn.training.proposal.ProposalViews.ProposalRequest;
import id.asn.training.proposal.ProposalViews.ProposalView;
import id.asn.training.proposal.ProposalViews.Side;
import id.asn.training.proposal.ProposalViews.UnderMinimum;
import id.asn.training.proposal.ProposalViews.Why;
import id.asn.training.session.SessionService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Proposes the budget-optimal plan for a draft annual plan beside the greedy baseline, and adopts it into the plan
 * through the plan's own items (docs/domain.md §2.9).
 */
@ApplicationScoped
@Transactional
public class ProposalService {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final ProposalRepository proposals;
    private final PlanService plans;
    private final NeedService needs;
    private final ProgramService programs;
    private final SessionService sessions;
    private final LedgerService ledger;
    private final EmployeeDirectory directory;
    private final TrainingConfig config;
    private final Caller caller;

    @Inject
    ProposalService(ProposalRepository proposals, PlanService plans, NeedService needs, ProgramService programs,
                    SessionService sessions, LedgerService ledger, EmployeeDirectory directory, TrainingConfig config,
                    Caller caller) {
        this.proposals = proposals;
        this.plans = plans;
        this.needs = needs;
        this.programs = programs;
        this.sessions = sessions;
        this.ledger = ledger;
        this.directory = directory;
        this.config = config;
        this.caller = caller;
    }

    /**
     * The solver may run for up to {@code max-time-limit} (120 s) after an agency's needs and people are read: the
     * transaction must outlast both, or an agency-size proposal fails on the default 60 s timeout. It begins at
     * the resource ({@code @Idempotent(transactionTimeout = 300)}), which claims the request's key in it.
     */
    public ProposalView propose(ProposalRequest request) {
        TrainingConfig.PlanOptimiser settings = config.planOptimiser();
        Duration limit = request.timeLimitSeconds() != null ? Duration.ofSeconds(request.timeLimitSeconds())
                : settings.timeLimit();
        List<FieldViolation> violations = new ArrayList<>();
        if (limit.compareTo(settings.maxTimeLimit()) > 0) {
            violations.add(new FieldViolation("timeLimitSeconds", "proposal.time-limit",
                    settings.maxTimeLimit().toSeconds()));
        }
        DraftBudget draft = plans.draft(request.planId());
        Map<String, EmployeeDirectory.Person> people = directory.active().stream()
                .collect(Collectors.toMap(EmployeeDirectory.Person::nip, Function.identity(), (a, b) -> a,
                        LinkedHashMap::new));
        List<ProgramTerms> offer = programs.offer();
        Map<UUID, ProgramTerms> byId = offer.stream().collect(Collectors.toMap(ProgramTerms::id, Function.identity()));
        List<Availability> availability = request.availability() == null ? List.of() : request.availability();
        for (int i = 0; i < availability.size(); i++) {
            if (!people.containsKey(availability.get(i).nip())) {
                violations.add(new FieldViolation("availability[" + i + "].nip", "proposal.unknown-employee",
                        availability.get(i).nip()));
            }
        }
        List<MandatoryAssignment> mandatory = request.mandatory() == null ? List.of() : request.mandatory();
        for (int i = 0; i < mandatory.size(); i++) {
            MandatoryAssignment m = mandatory.get(i);
            if (!people.containsKey(m.nip())) {
                violations.add(new FieldViolation("mandatory[" + i + "].nip", "proposal.unknown-employee", m.nip()));
            }
            ProgramTerms program = byId.get(m.programId());
            if (program == null) {
                violations.add(new FieldViolation("mandatory[" + i + "].programId", "proposal.unknown-program"));
            } else if (program.jp() == null) {
                violations.add(new FieldViolation("mandatory[" + i + "].programId", "proposal.program-without-jp"));
            }
        }
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }

        BigDecimal defaultTime = request.availableJp() != null ? request.availableJp() : settings.availableJp();
        Map<String, BigDecimal> time = new HashMap<>();
        availability.forEach(a -> time.put(a.nip(), a.availableJp()));
        Map<String, BigDecimal> earned = ledger.earnedIn(draft.year());
        long minimum = hundredths(config.yearlyMinimumJp());
        List<Employee> employees = people.keySet().stream().map(nip -> new Employee(nip,
                hundredths(time.getOrDefault(nip, defaultTime)), hundredths(earned.getOrDefault(nip, BigDecimal.ZERO)),
                minimum)).toList();
        Map<UUID, Integer> seats = sessions.seatsInYear(draft.year());
        List<ProgramTerms> planned = offer.stream().filter(p -> p.jp() != null).toList();
        List<Programme> programmes = planned.stream().map(p -> new Programme(p.id().toString(), p.title(),
                p.costPerParticipant().setScale(0, RoundingMode.CEILING).longValueExact(), hundredths(p.jp()),
                seats.get(p.id()), p.competencies().stream().collect(Collectors.toMap(Target::competencyCode,
                        Target::targetLevel)), p.developmentPath() == DevelopmentPath.PELATIHAN_KLASIKAL)).toList();
        PlanProblem problem = new PlanProblem(draft.remaining().max(BigDecimal.ZERO).setScale(0, RoundingMode.FLOOR)
                .longValueExact(), employees, programmes, needs(people.keySet(), settings),
                mandatory.stream().map(m -> new PlanProblem.Mandatory(m.nip(), m.programId().toString())).toList(),
                settings.topUpPrograms());

        Set<Pair> greedyPairs = GreedyPlanner.plan(problem);
        CpSatPlanner.Result result = CpSatPlanner.solve(problem, greedyPairs,
                new CpSatPlanner.Settings(limit, settings.workers()));
        PlanOutcome greedy = PlanOutcome.of(problem, greedyPairs);
        PlanOutcome solved = PlanOutcome.of(problem, result.pairs());
        boolean solverWins = solved.compareTo(greedy) >= 0;
        PlanOutcome chosen = solverWins ? solved : greedy;

        PlanProposal proposal = new PlanProposal();
        proposal.planId = draft.id();
        proposal.budget = draft.remaining().max(BigDecimal.ZERO);
        proposal.source = solverWins ? PlanProposal.Source.SOLVER : PlanProposal.Source.GREEDY;
        proposal.solverStatus = result.status().name();
        proposal.weightedGapClosed = score(chosen.score());
        proposal.greedyWeightedGap = score(greedy.score());
        proposal.plannedCost = BigDecimal.valueOf(chosen.cost());
        proposal.items = items(problem, chosen);
        proposals.persist(proposal);
        Map<String, ProgramTerms> terms = planned.stream().collect(Collectors.toMap(p -> p.id().toString(),
                Function.identity()));
        return new ProposalView(proposal.id, draft.id(), draft.year(), proposal.budget, proposal.source,
                proposal.solverStatus, result.millis(),
                result.phases().stream().map(p -> new PhaseView(p.name(), p.solverStatus(), p.millis())).toList(),
                side(problem, chosen, terms), side(problem, greedy, terms),
                proposal.items.stream().map(i -> new ItemView(i.programId, byId.get(i.programId).title(),
                        i.competencyCode, i.participants, i.plannedCost)).toList());
    }

    /** Adds the proposal's programmes (all, or those named) to its draft plan, under the plan's budget rule. */
    public PlanView adopt(UUID id, Adopt request) {
        PlanProposal proposal = proposals.require(id);
        if (proposal.adoptedAt != null) {
            throw ProblemException.conflict("proposal.adopted");
        }
        List<PlanProposal.Item> chosen = proposal.items;
        if (request.programIds() != null && !request.programIds().isEmpty()) {
            Map<UUID, PlanProposal.Item> byProgram = proposal.items.stream()
                    .collect(Collectors.toMap(i -> i.programId, Function.identity()));
            List<FieldViolation> violations = new ArrayList<>();
            for (int i = 0; i < request.programIds().size(); i++) {
                if (!byProgram.containsKey(request.programIds().get(i))) {
                    violations.add(new FieldViolation("programIds[" + i + "]", "proposal.not-in-proposal"));
                }
            }
            if (!violations.isEmpty()) {
                throw ProblemException.invalid(violations);
            }
            chosen = request.programIds().stream().distinct().map(byProgram::get).toList();
        }
        PlanView plan = plans.get(proposal.planId);
        for (PlanProposal.Item item : chosen) {
            plan = plans.addItem(proposal.planId, new AddItem(item.programId, item.participants, item.competencyCode,
                    request.overrideReason()));
        }
        proposal.adoptedAt = Instant.now();
        proposal.adoptedBy = caller.subject();
        return plan;
    }

    /**
     * One need per employee and competency (docs/domain.md §2.9.1): the gap from the gap analysis where there is
     * one, else the default; the weights of every source that reported it added up.
     */
    private List<Need> needs(Set<String> active, TrainingConfig.PlanOptimiser settings) {
        Map<String, List<OpenNeed>> grouped = new LinkedHashMap<>();
        for (OpenNeed need : needs.open()) {
            if (active.contains(need.nip())) {
                grouped.computeIfAbsent(need.nip() + "\u0000" + need.competencyCode(), k -> new ArrayList<>()).add(need);
            }
        }
        List<Need> result = new ArrayList<>();
        for (List<OpenNeed> group : grouped.values()) {
            OpenNeed first = group.get(0);
            BigDecimal gap = group.stream().filter(n -> n.source() == TrainingNeed.Source.GAP && n.gap() != null)
                    .map(OpenNeed::gap).max(Comparator.naturalOrder()).orElse(settings.defaultGap());
            Integer required = group.stream().map(OpenNeed::requiredLevel).filter(r -> r != null).findFirst().orElse(null);
            List<TrainingNeed.Source> sources = group.stream().map(OpenNeed::source).distinct().toList();
            BigDecimal weight = sources.stream().map(s -> switch (s) {
                case GAP -> settings.weightGap();
                case APPRAISAL -> settings.weightAppraisal();
                case SURVEY -> settings.weightSurvey();
            }).reduce(BigDecimal.ZERO, BigDecimal::add);
            if (gap.signum() > 0 && weight.signum() > 0) {
                result.add(new Need(first.nip(), first.competencyCode(), gap, required, weight,
                        sources.stream().map(Enum::name).toList()));
            }
        }
        return result;
    }

    private static List<PlanProposal.Item> items(PlanProblem problem, PlanOutcome outcome) {
        Map<Integer, List<PlanOutcome.Choice>> byProgramme = outcome.choices().stream()
                .collect(Collectors.groupingBy(c -> c.pair().programme(), LinkedHashMap::new, Collectors.toList()));
        List<PlanProposal.Item> items = new ArrayList<>();
        byProgramme.forEach((p, choices) -> {
            Programme programme = problem.programmes().get(p);
            PlanProposal.Item item = new PlanProposal.Item();
            item.programId = UUID.fromString(programme.id());
            item.participants = choices.size();
            item.plannedCost = BigDecimal.valueOf(programme.cost() * choices.size());
            item.competencyCode = choices.stream().flatMap(c -> c.closes().stream())
                    .map(c -> problem.needs().get(c.need()).competencyCode()).filter(code -> code != null)
                    .collect(Collectors.groupingBy(Function.identity(), Collectors.counting())).entrySet().stream()
                    .max(Map.Entry.<String, Long>comparingByValue().thenComparing(Map.Entry.comparingByKey(
                            Comparator.reverseOrder()))).map(Map.Entry::getKey).orElse(null);
            items.add(item);
        });
        items.sort(Comparator.comparing((PlanProposal.Item i) -> i.plannedCost).reversed().thenComparing(i -> i.programId));
        return items;
    }

    private static Side side(PlanProblem problem, PlanOutcome outcome, Map<String, ProgramTerms> terms) {
        List<ChoiceView> choices = outcome.choices().stream().map(c -> {
            Programme programme = problem.programmes().get(c.pair().programme());
            Why why = c.mandatory() ? Why.MANDATORY : c.forMinimum() ? Why.JP_MINIMUM : Why.GAP;
            List<ClosedView> closes = c.closes().stream().map(closed -> {
                Need need = problem.needs().get(closed.need());
                return new ClosedView(need.competencyCode(), closed.gapClosed(), need.weight(), need.sources(),
                        score(closed.score()));
            }).toList();
            return new ChoiceView(problem.employees().get(c.pair().employee()).nip(), UUID.fromString(programme.id()),
                    terms.get(programme.id()).title(), programme.classroom(), jp(programme.jp()),
                    BigDecimal.valueOf(programme.cost()), why, closes);
        }).toList();
        List<UnderMinimum> under = outcome.underMinimum().stream().map(s -> {
            Employee employee = problem.employees().get(s.employee());
            return new UnderMinimum(employee.nip(), jp(employee.earnedJp()), jp(s.plannedJp()), jp(s.shortfall()),
                    s.reason());
        }).toList();
        List<MandatoryAssignment> missed = outcome.mandatoryMissed().stream()
                .map(m -> new MandatoryAssignment(m.nip(), UUID.fromString(m.programmeId()))).toList();
        return new Side(score(outcome.score()), outcome.gapClosed(), BigDecimal.valueOf(outcome.cost()),
                choices.size(), outcome.mandatoryPlaced(), missed, under.size(), jp(outcome.shortfall()), choices, under);
    }

    private static long hundredths(BigDecimal jp) {
        return jp.multiply(HUNDRED).setScale(0, RoundingMode.FLOOR).longValueExact();
    }

    private static BigDecimal jp(long hundredths) {
        return BigDecimal.valueOf(hundredths, 2);
    }

    private static BigDecimal score(long units) {
        return BigDecimal.valueOf(units).divide(BigDecimal.valueOf(PlanProblem.SCORE_SCALE), 3, RoundingMode.UNNECESSARY);
    }
}
