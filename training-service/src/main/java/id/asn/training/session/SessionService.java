package id.asn.training.session;

import id.asn.platform.kit.paging.Page;
import id.asn.platform.kit.paging.PageRequest;
import id.asn.platform.kit.problem.FieldViolation;
import id.asn.platform.kit.problem.ProblemException;
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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

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

    @Inject
    SessionService(SessionRepository sessions, MeetingRepository meetings, ProgramService programs,
                   PartnerScope partner, JpConversion jpConversion, EntityManager em) {
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
        if (session.status == TrainingSession.Status.CLOSED) {
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
        return sessions.page(sessions.scoped(condition.toString(), params, Sort.by("createdAt").and("id")), page, this::view);
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
        ProgramTerms program = programs.terms(programId);
        List<Meeting> list = meetings.ofSession(sessionId);
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
        Schedule schedule = schedule(session.id, session.programId);
        Object[] seats = (Object[]) em.createNativeQuery("""
                        select count(*) filter (where status in ('ENROLLED', 'COMPLETED', 'NOT_COMPLETED')),
                               count(*) filter (where status = 'WAITLISTED')
                        from enrollment where tenant_id = :tenant and session_id = :session""")
                .setParameter("tenant", session.tenantId)
                .setParameter("session", session.id)
                .getSingleResult();
        return new SessionView(session.id, session.programId, schedule.program().title(), session.institutionId,
                session.name, session.capacity, ((Number) seats[0]).intValue(), ((Number) seats[1]).intValue(),
                session.enrollmentMode, session.mandatory, session.status, schedule.startDate(), schedule.endDate(),
                schedule.minutes(), schedule.jp(), schedule.meetings());
    }
}
