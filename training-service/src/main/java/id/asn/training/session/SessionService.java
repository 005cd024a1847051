package id.asn.training.session;

import id.asn.platform.kit.caller.Caller;
import id.asn.platform.kit.paging.Page;
import id.asn.platform.kit.paging.PageRequest;
import id.asn.platform.kit.problem.FieldViolation;
import id.asn.platform.kit.problem.ProblemException;
import id.asn.platform.kit.sql.SqlValues;
import id.asn.platform.kit.tenant.TenantContext;
import id.asn.training.institution.PartnerScope;
import id.asn.training.ledger.JpConversion;
import id.asn.training.program.ProgramService;
import id.asn.training.program.ProgramViews.ProgramTerms;
import id.asn.training.session.SessionViews.CreateSession;
import id.asn.training.session.SessionViews.MeetingRef;
import id.asn.training.session.SessionViews.MeetingView;
import id.asn.training.session.SessionViews.NewMeeting;
import id.asn.training.session.SessionViews.Schedule;
import id.asn.training.session.SessionViews.SessionFacts;
import id.asn.training.session.SessionViews.SessionView;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** Schedules sessions and their meetings, and answers who may reach a session. */
@ApplicationScoped
@Transactional
public class SessionService {

    private final SessionRepository sessions;
    private final MeetingRepository meetings;
    private final ProgramService programs;
    private final PartnerScope partner;
    private final JpConversion jpConversion;
    private final EntityManager em;
    private final Caller caller;

    @Inject
    SessionService(SessionRepository sessions, MeetingRepository meetings, ProgramService programs,
                   PartnerScope partner, JpConversion jpConversion, EntityManager em, Caller caller) {
        this.caller = caller;
        this.sessions = sessions;
        this.meetings = meetings;
        this.programs = programs;
        this.partner = partner;
        this.jpConversion = jpConversion;
        this.em = em;
    }

    public SessionView create(CreateSession request) {
        ProgramTerms program = programs.terms(request.programId());
        validateMeetings(request.meetings(), "meetings");
        TrainingSession session = new TrainingSession();
        session.programId = program.id();
        session.institutionId = program.institutionId();
        session.name = request.name().trim();
        session.capacity = request.capacity();
        session.enrollmentMode = request.enrollmentMode();
        session.mandatory = request.mandatory();
        sessions.persist(session);
        for (NewMeeting m : request.meetings()) {
            meetings.persist(meeting(session.id, m));
        }
        return view(session);
    }

    public SessionView addMeeting(UUID sessionId, NewMeeting request) {
        TrainingSession session = accessible(sessionId);
        validateMeetings(List.of(request), null);
        if (session.status != TrainingSession.Status.OPEN) {
            throw ProblemException.rule("session.closed");
        }
        meetings.persist(meeting(session.id, request));
        return view(session);
    }

    /** Seats per programme in the sessions that start in {@code year}: a programme's capacity for the plan (§2.9.1). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<UUID, Integer> seatsInYear(int year) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        select s.program_id, sum(s.capacity)
                        from training_session s
                        where s.tenant_id = :tenant
                          and coalesce((select extract(year from min(m.meeting_date)) from meeting m
                                        where m.session_id = s.id), extract(year from s.created_at)) = :year
                        group by s.program_id""")
                .setParameter("tenant", TenantContext.current())
                .setParameter("year", year)
                .getResultList();
        Map<UUID, Integer> seats = new HashMap<>();
        rows.forEach(r -> seats.put((UUID) r[0], ((Number) r[1]).intValue()));
        return seats;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<SessionView> list(UUID programId, PageRequest page) {
        StringBuilder condition = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        partner.institution().ifPresent(own -> {
            condition.append(" and institutionId = :own");
            params.put("own", own);
        });
        if (programId != null) {
            condition.append(" and programId = :program");
            params.put("program", programId);
        }
        var query = sessions.scoped(condition.toString(), params, Sort.by("createdAt").and("id"));
        return Page.of(views(query.page(page.page - 1, page.size).list()), page, query.count());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public SessionView get(UUID id) {
        return view(accessible(id));
    }

    /** The session if the caller may reach it: agency staff any, a partner only its own (404 otherwise). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public SessionFacts requireAccessible(UUID id) {
        return SessionFacts.of(accessible(id));
    }

    /** The session locked for the rest of the transaction: seat counting and completion serialize on it. */
    public SessionFacts lock(UUID id) {
        TrainingSession session = accessible(id);
        em.lock(session, LockModeType.PESSIMISTIC_WRITE);
        return SessionFacts.of(session);
    }

    /** The meeting, if the caller may reach its session (404 otherwise). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public MeetingRef requireMeeting(UUID meetingId) {
        Meeting meeting = meetings.require(meetingId);
        accessible(meeting.sessionId);
        return new MeetingRef(meeting.id, meeting.sessionId, meeting.date);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Schedule schedule(SessionFacts session) {
        return schedule(session.id(), session.programId());
    }

    /**
     * hr-admin reopens a closed session with a reason, kept with who and when (docs/domain.md §2.6.5): attendance
     * and results may then be amended, and completion decided again.
     */
    public SessionView reopen(UUID id, String reason) {
        String actor = caller.subject();
        TrainingSession session = accessible(id);
        em.lock(session, LockModeType.PESSIMISTIC_WRITE);
        if (session.status != TrainingSession.Status.CLOSED) {
            throw ProblemException.rule("session.not-closed", session.status);
        }
        session.status = TrainingSession.Status.REOPENED;
        session.reopenedAt = Instant.now();
        session.reopenedBy = actor;
        session.reopenReason = reason.trim();
        em.createNativeQuery("""
                        insert into session_reopening (id, tenant_id, session_id, reason, reopened_by, reopened_at)
                        values (:id, :tenant, :session, :reason, :by, :at)""")
                .setParameter("id", UUID.randomUUID()).setParameter("tenant", TenantContext.current())
                .setParameter("session", session.id).setParameter("reason", session.reopenReason)
                .setParameter("by", actor).setParameter("at", session.reopenedAt)
                .executeUpdate();
        return view(session);
    }

    /**
     * Refuses a change of attendance or results once completion was decided: 409 naming who may reopen the
     * session (docs/domain.md §2.6.5).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public void requireAmendable(UUID sessionId) {
        if (accessible(sessionId).status == TrainingSession.Status.CLOSED) {
            throw ProblemException.conflict("session.closed-for-amendment", sessionId);
        }
    }

    /** Completion was decided: no more meetings. */
    public void close(UUID sessionId) {
        accessible(sessionId).status = TrainingSession.Status.CLOSED;
    }

    private TrainingSession accessible(UUID id) {
        TrainingSession session = sessions.require(id);
        partner.requireOwn(session.institutionId);
        return session;
    }

    private Schedule schedule(UUID sessionId, UUID programId) {
        return schedule(programs.terms(programId), meetings.ofSession(sessionId));
    }

    private Schedule schedule(ProgramTerms program, List<Meeting> list) {
        List<SessionJp.Slot> slots = list.stream().map(Meeting::slot).toList();
        return new Schedule(program, list.stream().map(MeetingView::of).toList(),
                list.isEmpty() ? null : list.get(0).date, list.isEmpty() ? null : list.get(list.size() - 1).date,
                SessionJp.minutes(slots), SessionJp.of(program.jp(), slots, jpConversion));
    }

    private static void validateMeetings(List<NewMeeting> list, String prefix) {
        List<FieldViolation> violations = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            NewMeeting m = list.get(i);
            String at = prefix == null ? "" : prefix + "[" + i + "].";
            if (!m.end().isAfter(m.start())) {
                violations.add(new FieldViolation(at + "end", "meeting.end-before-start"));
            }
            if (m.mode() != Meeting.Mode.IN_PERSON && (m.link() == null || m.link().isBlank())) {
                violations.add(new FieldViolation(at + "link", "meeting.link-required"));
            }
            if (m.mode() != Meeting.Mode.ONLINE && (m.location() == null || m.location().isBlank())) {
                violations.add(new FieldViolation(at + "location", "meeting.location-required"));
            }
        }
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
    }

    private static Meeting meeting(UUID sessionId, NewMeeting m) {
        Meeting meeting = new Meeting();
        meeting.sessionId = sessionId;
        meeting.date = m.date();
        meeting.start = m.start();
        meeting.end = m.end();
        meeting.mode = m.mode();
        meeting.location = m.location();
        meeting.link = m.link();
        return meeting;
    }

    private SessionView view(TrainingSession session) {
        return views(List.of(session)).get(0);
    }

    // the programmes, meetings and seat counts of all the sessions in one statement each, however many sessions
    private List<SessionView> views(List<TrainingSession> list) {
        if (list.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = list.stream().map(s -> s.id).toList();
        Map<UUID, ProgramTerms> terms = programs.terms(list.stream().map(s -> s.programId).collect(Collectors.toSet()));
        Map<UUID, List<Meeting>> meetingsOf = meetings.ofSessions(ids).stream()
                .collect(Collectors.groupingBy(m -> m.sessionId));
        Map<UUID, int[]> seats = seats(ids);
        return list.stream().map(session -> {
            ProgramTerms program = terms.get(session.programId);
            if (program == null) {
                throw ProblemException.notFound();
            }
            Schedule schedule = schedule(program, meetingsOf.getOrDefault(session.id, List.of()));
            int[] taken = seats.getOrDefault(session.id, new int[2]);
            return new SessionView(session.id, session.programId, program.title(), session.institutionId,
                    session.name, session.capacity, taken[0], taken[1], session.enrollmentMode, session.mandatory,
                    session.status, schedule.startDate(), schedule.endDate(), schedule.minutes(), schedule.jp(),
                    schedule.meetings(), SessionViews.Reopening.of(session));
        }).toList();
    }

    // session id -> {seats taken, waitlisted}
    private Map<UUID, int[]> seats(List<UUID> sessionIds) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        select session_id, count(*) filter (where status in ('ENROLLED', 'COMPLETED', 'NOT_COMPLETED')),
                               count(*) filter (where status = 'WAITLISTED')
                        from enrollment where tenant_id = :tenant and session_id in (:sessions)
                        group by session_id""")
                .setParameter("tenant", TenantContext.current())
                .setParameter("sessions", sessionIds)
                .getResultList();
        Map<UUID, int[]> seats = new HashMap<>();
        for (Object[] row : rows) {
            seats.put(SqlValues.uuid(row[0]), new int[] {(int) SqlValues.number(row[1]), (int) SqlValues.number(row[2])});
        }
        return seats;
    }
}
