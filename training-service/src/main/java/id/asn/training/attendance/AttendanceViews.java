package id.asn.training.attendance;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and answer records of the attendance API. */
public final class AttendanceViews {

    private AttendanceViews() {
    }

    /**
     * One participant's attendance as the partner's system knows it. The values are taken as text and judged row
     * by row (docs/domain.md §2.6.3), so that a wrong NIP or an unknown status word rejects its row, not the batch.
     */
    @Schema(description = "One participant at this meeting.")
    public record Row(
            @Schema(description = "The partner's own id for this row (required, max 100 characters). Resending a "
                    + "row with the same externalId for the same meeting changes nothing.",
                    example = "bpsdm-2026-03-02-0001")
            String externalId,
            @Schema(description = "The participant's 18-digit NIP (or NI PPPK); spaces as printed on decrees are "
                    + "allowed and dropped.", example = "199003152019032005")
            String nip,
            @Schema(description = "PRESENT, LATE, EXCUSED or ABSENT (PRESENT and LATE count as attended), or the "
                    + "daftar hadir word: HADIR (= PRESENT), TERLAMBAT (= LATE), IZIN or SAKIT (= EXCUSED), ALPA "
                    + "(= ABSENT); any letter case. VOIDED is not accepted here: use the void operation.",
                    example = "HADIR")
            String status,
            @Schema(description = "Optional check-in time, ISO-8601 with offset.", format = "date-time",
                    example = "2026-03-02T07:52:10+07:00")
            String checkInAt) {
    }

    /**
     * A meeting's attendance; at most {@code training.attendance-batch-max} rows, which the service enforces
     * (a constant here would silently win over the configuration).
     */
    public record RecordAttendance(@NotNull @Size(min = 1) List<@NotNull Row> rows) {
    }

    /** A correction of one row. */
    public record Amend(@NotNull AttendanceStatus status, OffsetDateTime checkInAt,
                        @NotBlank @Size(max = 500) String reason,
                        @Schema(description = "The version last read; 409 if the row changed since.") Long version) {
    }

    /** Withdrawal of one row. */
    public record VoidRow(@NotBlank @Size(max = 500) String reason,
                          @Schema(description = "The version last read; 409 if the row changed since.") Long version) {
    }

    /** The answer to a batch: counts and one result per row, in the order sent. */
    public record BatchResult(UUID meetingId, int received, int created, int unchanged, int rejected,
                              List<AttendanceBatch.RowResult> rows) {
        static BatchResult of(UUID meetingId, List<AttendanceBatch.RowResult> rows) {
            int created = 0;
            int unchanged = 0;
            int rejected = 0;
            for (AttendanceBatch.RowResult row : rows) {
                switch (row.outcome()) {
                    case CREATED -> created++;
                    case UNCHANGED -> unchanged++;
                    case REJECTED -> rejected++;
                }
            }
            return new BatchResult(meetingId, rows.size(), created, unchanged, rejected, rows);
        }
    }

    /** One recorded row. */
    public record AttendanceView(UUID id, UUID meetingId, UUID enrollmentId, String nip, AttendanceStatus status,
                                 OffsetDateTime checkInAt, String externalId, String reason, Long version) {
        static AttendanceView of(Attendance a) {
            return new AttendanceView(a.id, a.meetingId, a.enrollmentId, a.nip, a.status, a.checkInAt,
                    a.externalId, a.reason, a.version);
        }
    }

    /** One entry of a row's audit trail. */
    public record Change(String action, AttendanceStatus oldStatus, AttendanceStatus newStatus,
                         OffsetDateTime oldCheckInAt, OffsetDateTime newCheckInAt, String reason, String by,
                         Instant at) {
    }
}
