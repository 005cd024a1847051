package id.asn.training.session;

import id.asn.training.program.ProgramViews.ProgramTerms;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

/** Request and answer records of the sessions API, and what other features need of a session. */
public final class SessionViews {

    private SessionViews() {
    }

    /** One meeting: an in-person one needs a location, an online one a link, a blended one both. */
    public record NewMeeting(@NotNull LocalDate date, @NotNull LocalTime start, @NotNull LocalTime end,
                             @NotNull Meeting.Mode mode, @Size(max = 300) String location,
                             @Size(max = 500) String link) {
    }

    /** A new session of a programme. */
    public record CreateSession(@NotNull UUID programId, @NotBlank @Size(max = 300) String name,
                                @Min(1) @Max(10000) int capacity,
                                @NotNull TrainingSession.EnrollmentMode enrollmentMode, boolean mandatory,
                                @NotNull @Size(min = 1, max = 200) List<@Valid @NotNull NewMeeting> meetings) {
    }

    /** What a client sees of a session. */
    public record SessionView(UUID id, UUID programId, String programTitle, UUID institutionId, String name,
                              int capacity, int enrolled, int waitlisted,
                              TrainingSession.EnrollmentMode enrollmentMode, boolean mandatory,
                              TrainingSession.Status status, LocalDate startDate, LocalDate endDate, long minutes,
                              BigDecimal jp, List<MeetingView> meetings, Reopening reopened) {
    }

    /** Why hr-admin reopened a closed session (docs/domain.md §2.6.5). */
    public record Reopen(@NotBlank @Size(max = 500) String reason) {
    }

    /** The latest reopening of a session: who, when, why; null on a session never reopened. */
    public record Reopening(String by, Instant at, String reason) {
        static Reopening of(TrainingSession s) {
            return s.reopenedAt == null ? null : new Reopening(s.reopenedBy, s.reopenedAt, s.reopenReason);
        }
    }

    /** One meeting. */
    public record MeetingView(UUID id, LocalDate date, LocalTime start, LocalTime end, Meeting.Mode mode,
                              String location, String link) {
        static MeetingView of(Meeting m) {
            return new MeetingView(m.id, m.date, m.start, m.end, m.mode, m.location, m.link);
        }
    }

    /** What enrolment and completion need of a session: its seats, how people get in and whether it is open. */
    public record SessionFacts(UUID id, UUID programId, UUID institutionId, int capacity,
                               TrainingSession.EnrollmentMode enrollmentMode, boolean mandatory,
                               TrainingSession.Status status, String reopenReason) {
        static SessionFacts of(TrainingSession s) {
            return new SessionFacts(s.id, s.programId, s.institutionId, s.capacity, s.enrollmentMode, s.mandatory,
                    s.status, s.reopenReason);
        }

        /** Takes enrolments. */
        public boolean open() {
            return status == TrainingSession.Status.OPEN;
        }

        /** Completion is being decided again after hr-admin reopened the session (docs/domain.md §2.6.5). */
        public boolean reopened() {
            return status == TrainingSession.Status.REOPENED;
        }
    }

    /** The meeting attendance is recorded for. */
    public record MeetingRef(UUID id, UUID sessionId, LocalDate date) {
    }

    /** A session's meetings and what follows from them. */
    public record Schedule(ProgramTerms program, List<MeetingView> meetings, LocalDate startDate, LocalDate endDate,
                           long minutes, BigDecimal jp) {
        public int year() {
            return startDate != null ? startDate.getYear() : LocalDate.now().getYear();
        }
    }
}
