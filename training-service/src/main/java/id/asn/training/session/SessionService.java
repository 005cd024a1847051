package id.asn.training.session;

import id.asn.platform.kit.paging.Page;
import id.asn.platform.kit.paging.PageRequest;
import id.asn.platform.kit.problem.FieldViolation;
import id.asn.platform.kit.problem.ProblemException;
import id.asn.training.config.TrainingConfig;
import id.asn.training.institution.PartnerScope;
import id.asn.training.program.Program;
import id.asn.training.program.ProgramService;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
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
    private final TrainingConfig config;
    private final EntityManager em;

    @Inject
    SessionService(SessionRepository sessions, MeetingRepository meetings, ProgramService programs,
                   PartnerScope partner, TrainingConfig config, EntityManager em) {
        this.sessions = sessions;
        this.meetings = meetings;
        this.programs = programs;
        this.partner = partner;
        this.config = config;
        this.em = em;
    }

    /** A session's meetings and what follows from them. */
    public record Schedule(Program program, List<Meeting> meetings, LocalDate startDate, LocalDate endDate,
                           long minutes, BigDecimal jp) {
        public int year() {
            return startDate != null ? startDate.getYear() : LocalDate.now().getYear();
        }
    }

    public SessionView create(SessionResource.CreateSession request) {
        Program program = programs.require(request.programId());
        validateMeetings(request.meetings(), "meetings");
        TrainingSession session = new TrainingSession();
        session.programId = program.id;
        session.institutionId = program.institutionId;
        session.name = request.name().trim();
        session.capacity = request.capacity();
        session.enrollmentMode = request.enrollmentMode();
        session.mandatory = request.mandatory();
        sessions.persist(session);
        for (SessionResource.NewMeeting m : request.meetings()) {
            meetings.persist(meeting(session.id, m));
        }
        return view(session);
    }

    public SessionView addMeeting(UUID sessionId, SessionResource.NewMeeting request) {
        TrainingSession session = requireAccessible(sessionId);
        validateMeetings(List.of(request), null);
        if (session.status == TrainingSession.Status.CLOSED) {
            throw ProblemException.rule("session.closed");
        }
        meetings.persist(meeting(session.id, request));
        return view(session);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<SessionView> list(UUID programId, PageRequest page) {
        StringBuilder condition = new StringBuilder("1 = 1");
        Map<String, Object> params = new java.util.HashMap<>();
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
        return view(requireAccessible(id));
    }

    /** The session if the caller may reach it: agency staff any, a partner only its own (404 otherwise). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public TrainingSession requireAccessible(UUID id) {
        TrainingSession session = sessions.require(id);
        partner.requireOwn(session.institutionId);
        return session;
    }

    /** The session locked for the rest of the transaction: seat counting and completion serialize on it. */
    public TrainingSession lock(UUID id) {
        TrainingSession session = requireAccessible(id);
        em.lock(session, LockModeType.PESSIMISTIC_WRITE);
        return session;
    }

    /** The meeting and its session, if the caller may reach them (404 otherwise). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Meeting requireMeeting(UUID meetingId) {
        Meeting meeting = meetings.require(meetingId);
        requireAccessible(meeting.sessionId);
        return meeting;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Schedule schedule(TrainingSession session) {
        Program program = programs.require(session.programId);
        List<Meeting> list = meetings.ofSession(session.id);
        List<SessionJp.Slot> slots = list.stream().map(Meeting::slot).toList();
        return new Schedule(program, list, list.isEmpty() ? null : list.get(0).date,
                list.isEmpty() ? null : list.get(list.size() - 1).date, SessionJp.minutes(slots),
                SessionJp.of(program.jp, slots, config.jpConversion()));
    }

    public void close(TrainingSession session) {
        session.status = TrainingSession.Status.CLOSED;
    }

    private static void validateMeetings(List<SessionResource.NewMeeting> list, String prefix) {
        List<FieldViolation> violations = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            SessionResource.NewMeeting m = list.get(i);
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

    private static Meeting meeting(UUID sessionId, SessionResource.NewMeeting m) {
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
        Schedule schedule = schedule(session);
        Object[] seats = (Object[]) em.createNativeQuery("""
                        select count(*) filter (where status in ('ENROLLED', 'COMPLETED', 'NOT_COMPLETED')),
                               count(*) filter (where status = 'WAITLISTED')
                        from enrollment where tenant_id = :tenant and session_id = :session""")
                .setParameter("tenant", session.tenantId)
                .setParameter("session", session.id)
                .getSingleResult();
        return new SessionView(session.id, session.programId, schedule.program().title, session.institutionId,
                session.name, session.capacity, ((Number) seats[0]).intValue(), ((Number) seats[1]).intValue(),
                session.enrollmentMode, session.mandatory, session.status, schedule.startDate(), schedule.endDate(),
                schedule.minutes(), schedule.jp(), schedule.meetings().stream().map(MeetingView::of).toList());
    }

    /** What a client sees of a session. */
    public record SessionView(UUID id, UUID programId, String programTitle, UUID institutionId, String name,
                              int capacity, int enrolled, int waitlisted,
                              TrainingSession.EnrollmentMode enrollmentMode, boolean mandatory,
                              TrainingSession.Status status, LocalDate startDate, LocalDate endDate, long minutes,
                              BigDecimal jp, List<MeetingView> meetings) {
    }

    /** One meeting. */
    public record MeetingView(UUID id, LocalDate date, java.time.LocalTime start, java.time.LocalTime end,
                              Meeting.Mode mode, String location, String link) {
        static MeetingView of(Meeting m) {
            return new MeetingView(m.id, m.date, m.start, m.end, m.mode, m.location, m.link);
        }
    }
}
