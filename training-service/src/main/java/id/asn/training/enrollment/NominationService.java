package id.asn.training.enrollment;

import id.asn.platform.events.EventTypes;
import id.asn.platform.kit.caller.Caller;
import id.asn.platform.kit.nip.Nip;
import id.asn.platform.kit.outbox.Outbox;
import id.asn.platform.kit.problem.ProblemException;
import id.asn.platform.problem.Messages;
import id.asn.training.config.TrainingConfig;
import id.asn.training.enrollment.EnrollmentViews.Nominate;
import id.asn.training.enrollment.EnrollmentViews.NominationOutcome;
import id.asn.training.enrollment.EnrollmentViews.NominationReason;
import id.asn.training.enrollment.EnrollmentViews.NominationResult;
import id.asn.training.enrollment.EnrollmentViews.NominationRow;
import id.asn.training.need.NeedService;
import id.asn.training.need.NeedViews.NeedRef;
import id.asn.training.plan.BudgetGuard;
import id.asn.training.program.ProgramViews.Target;
import id.asn.training.session.SessionService;
import id.asn.training.session.SessionViews.Schedule;
import id.asn.training.session.SessionViews.SessionFacts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * hr-admin nominates many employees into one session in one call (docs/domain.md §2.6.4): a list of NIPs, the
 * employees of a list of needs, or a unit. Every row is judged by the same {@link NominationRule} and budget as
 * one nomination and gets its own result; the reads, the write and the events are one statement each whatever the
 * number of rows.
 */
@ApplicationScoped
@Transactional
public class NominationService {

    private final NominationBatch batch;
    private final EnrollmentRepository enrollments;
    private final SessionService sessions;
    private final NeedService needs;
    private final BudgetGuard budget;
    private final Outbox outbox;
    private final Caller caller;
    private final TrainingConfig config;

    @Inject
    NominationService(NominationBatch batch, EnrollmentRepository enrollments, SessionService sessions,
                      NeedService needs, BudgetGuard budget, Outbox outbox,
                      Caller caller, TrainingConfig config) {
        this.batch = batch;
        this.enrollments = enrollments;
        this.sessions = sessions;
        this.needs = needs;
        this.budget = budget;
        this.outbox = outbox;
        this.caller = caller;
        this.config = config;
    }

    /** One result per row; only the envelope refuses the whole request. */
    public NominationResult nominate(UUID sessionId, Nominate request, Messages messages) {
        boolean unit = request.unitId() != null && !request.unitId().isBlank();
        int sources = (request.nips() != null ? 1 : 0) + (request.needIds() != null ? 1 : 0) + (unit ? 1 : 0);
        if (sources != 1) {
            throw ProblemException.invalid("nips", "nomination.one-source");
        }
        if (Boolean.TRUE.equals(request.openNeedsOnly()) && !unit) {
            throw ProblemException.invalid("openNeedsOnly", "nomination.open-needs-with-unit");
        }
        List<String> rows = request.nips() != null ? request.nips() : request.needIds();
        String field = request.nips() != null ? "nips" : "needIds";
        if (rows != null && rows.isEmpty()) {
            throw ProblemException.invalid(field, "nomination.no-rows");
        }
        if (rows != null && rows.size() > config.nominationBatchMax()) {
            throw ProblemException.invalid(field, "nomination.too-many-rows", config.nominationBatchMax());
        }
        SessionFacts session = sessions.lock(sessionId);
        return run(session, request, messages);
    }

    /** One row on its way: what was asked, the NIP it names, and its result once decided. */
    private static final class Candidate {
        final int index;
        final String asked;
        final String needId;
        String nip;
        NominationRow result;

        Candidate(int index, String asked, String needId) {
            this.index = index;
            this.asked = asked;
            this.needId = needId;
        }

        void reject(NominationReason reason, String message) {
            result = new NominationRow(index, nip != null ? nip : asked, needId, NominationOutcome.REJECTED, reason,
                    message, null, null);
        }
    }

    private NominationResult run(SessionFacts session, Nominate request, Messages messages) {
        if (!session.open()) {
            throw ProblemException.rule("session.closed");
        }
        Schedule schedule = sessions.schedule(session);
        Set<String> developed = new LinkedHashSet<>(schedule.program().competencies().stream()
                .map(Target::competencyCode).toList());
        List<Candidate> candidates = request.needIds() != null ? needCandidates(request.needIds(), developed, messages)
                : request.nips() != null ? nipCandidates(request.nips(), messages)
                : unitCandidates(request.unitId().strip(), Boolean.TRUE.equals(request.openNeedsOnly()), developed);

        Map<String, Integer> firstRow = new HashMap<>();
        for (Candidate c : candidates) {
            if (c.result == null) {
                Integer first = firstRow.putIfAbsent(c.nip, c.index);
                if (first != null) {
                    c.reject(NominationReason.DUPLICATE_IN_BATCH, messages.get("nomination.duplicate", c.nip, first));
                }
            }
        }
        Map<String, NominationBatch.Facts> facts = batch.facts(session.id(), List.copyOf(firstRow.keySet()));

        long taken = enrollments.seatsTaken(session.id());
        List<Candidate> seated = new ArrayList<>();
        List<Candidate> waitlisted = new ArrayList<>();
        for (Candidate c : candidates) {
            if (c.result != null) {
                continue;
            }
            NominationBatch.Facts f = facts.get(c.nip);
            switch (NominationRule.admit(f.knownActive(), f.existing())) {
                case UNKNOWN_EMPLOYEE -> c.reject(NominationReason.UNKNOWN_EMPLOYEE,
                        messages.get("enrollment.unknown-employee", c.nip));
                case ALREADY_PLACED -> c.result = new NominationRow(c.index, c.nip, c.needId,
                        NominationOutcome.ALREADY_ENROLLED, null, messages.get("enrollment.exists", f.existing()),
                        f.enrollmentId(), f.existing());
                case ADMITTED -> {
                    if (NominationRule.place(taken, session.capacity()) == NominationRule.Placement.SEAT) {
                        taken++;
                        seated.add(c);
                    } else {
                        waitlisted.add(c);
                    }
                }
            }
        }
        // the seats are charged together; beyond the budget without a reason, the first rows that fit go ahead
        int granted = budget.chargeSeats(schedule.year(), schedule.program().costPerParticipant(), seated.size(),
                request.overrideReason(), session.id());
        seated.subList(granted, seated.size()).forEach(c -> c.reject(NominationReason.OVER_BUDGET,
                messages.get("nomination.over-budget")));
        List<Candidate> enrolled = seated.subList(0, granted);

        List<NominationBatch.Place> places = new ArrayList<>();
        enrolled.forEach(c -> places.add(new NominationBatch.Place(c.nip, Enrollment.Status.ENROLLED)));
        waitlisted.forEach(c -> places.add(new NominationBatch.Place(c.nip, Enrollment.Status.WAITLISTED)));
        Map<String, UUID> ids = batch.write(session.id(), caller.subject(), places);
        enrolled.forEach(c -> c.result = new NominationRow(c.index, c.nip, c.needId, NominationOutcome.ENROLLED,
                null, null, ids.get(c.nip), Enrollment.Status.ENROLLED));
        waitlisted.forEach(c -> c.result = new NominationRow(c.index, c.nip, c.needId, NominationOutcome.WAITLISTED,
                null, null, ids.get(c.nip), Enrollment.Status.WAITLISTED));
        outbox.recordAll(EventTypes.TRAINING_ENROLLED, enrolled.stream()
                .map(c -> EnrollmentService.enrolled(ids.get(c.nip), c.nip, session, schedule)).toList());
        return NominationResult.of(session.id(), candidates.stream().map(c -> c.result).toList());
    }

    private static List<Candidate> nipCandidates(List<String> nips, Messages messages) {
        List<Candidate> candidates = new ArrayList<>(nips.size());
        for (int i = 0; i < nips.size(); i++) {
            Candidate c = new Candidate(i, nips.get(i), null);
            candidates.add(c);
            if (c.asked == null) {
                c.reject(NominationReason.INVALID_NIP, messages.get("nomination.nip.missing"));
                continue;
            }
            try {
                c.nip = Nip.parse(c.asked).value();
            } catch (Nip.InvalidNipException invalid) {
                c.reject(NominationReason.INVALID_NIP, messages.get(invalid.rule()));
            }
        }
        return candidates;
    }

    private List<Candidate> needCandidates(List<String> needIds, Set<String> developed, Messages messages) {
        List<Candidate> candidates = new ArrayList<>(needIds.size());
        Map<Integer, UUID> parsed = new HashMap<>();
        for (int i = 0; i < needIds.size(); i++) {
            Candidate c = new Candidate(i, null, needIds.get(i));
            candidates.add(c);
            try {
                parsed.put(i, UUID.fromString(c.needId == null ? "" : c.needId.strip()));
            } catch (IllegalArgumentException unreadable) {
                c.reject(NominationReason.INVALID_NEED_ID, messages.get("nomination.need-id.format",
                        c.needId == null ? "" : shown(c.needId)));
            }
        }
        Map<UUID, NeedRef> refs = needs.refs(parsed.values());
        parsed.forEach((i, id) -> {
            Candidate c = candidates.get(i);
            NeedRef need = refs.get(id);
            if (need == null) {
                c.reject(NominationReason.UNKNOWN_NEED, messages.get("nomination.need.unknown", id));
                return;
            }
            c.nip = need.nip();
            if (!need.open()) {
                c.reject(NominationReason.NEED_CLOSED, messages.get("nomination.need.closed", id));
            } else if (!developed.contains(need.competencyCode())) {
                c.reject(NominationReason.NEED_NOT_FOR_PROGRAM, messages.get("nomination.need.other-competency",
                        need.competencyCode(), String.join(", ", developed)));
            }
        });
        return candidates;
    }

    private List<Candidate> unitCandidates(String unitId, boolean openNeedsOnly, Set<String> developed) {
        List<String> members = batch.unitMembers(unitId);
        if (openNeedsOnly) {
            Set<String> withNeed = needs.withOpenNeed(members, developed);
            members = members.stream().filter(withNeed::contains).toList();
        }
        if (members.isEmpty()) {
            throw ProblemException.rule(openNeedsOnly ? "nomination.unit-without-needs" : "nomination.unit-empty",
                    unitId);
        }
        if (members.size() > config.nominationBatchMax()) {
            throw ProblemException.rule("nomination.unit-too-large", unitId, members.size(),
                    config.nominationBatchMax());
        }
        List<Candidate> candidates = new ArrayList<>(members.size());
        for (int i = 0; i < members.size(); i++) {
            Candidate c = new Candidate(i, members.get(i), null);
            c.nip = members.get(i);
            candidates.add(c);
        }
        return candidates;
    }

    /** Long enough to recognise a value in a message, short enough not to echo a whole document back. */
    private static String shown(String value) {
        return value.length() <= 40 ? value : value.substring(0, 40) + "…";
    }
}
