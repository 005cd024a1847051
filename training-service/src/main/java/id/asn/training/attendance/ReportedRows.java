package id.asn.training.attendance;

import id.asn.platform.kit.nip.Nip;
import id.asn.platform.problem.Messages;
import id.asn.platform.problem.Problem;
import id.asn.training.attendance.AttendanceBatch.Reason;
import id.asn.training.attendance.AttendanceViews.Row;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Judges each reported row on its own before anything is written (docs/domain.md §2.6.3): a value that is missing
 * or wrong rejects its row with the reason in the caller's language, every bad value of the row named, and the
 * other rows go on to be recorded. The partner learns about every bad row in one answer.
 */
final class ReportedRows {

    static final int EXTERNAL_ID_MAX = 100;
    /** Long enough to recognise a value in a message, short enough not to echo a whole document back. */
    private static final int SHOWN_MAX = 40;

    /** The rows to write, and the rows rejected for their values, each at its position in the request. */
    record Judgement(List<AttendanceBatch.Row> accepted, List<AttendanceBatch.RowResult> rejected) {
    }

    private ReportedRows() {
    }

    static Judgement judge(List<Row> rows, Messages messages) {
        List<AttendanceBatch.Row> accepted = new ArrayList<>(rows.size());
        List<AttendanceBatch.RowResult> rejected = new ArrayList<>();
        for (int index = 0; index < rows.size(); index++) {
            Row row = rows.get(index);
            List<Problem.FieldError> errors = new ArrayList<>(0);
            Reason reason = null;

            if (row.externalId() == null || row.externalId().isBlank()) {
                errors.add(new Problem.FieldError("externalId", messages.get("attendance.external-id.missing")));
                reason = Reason.INVALID_EXTERNAL_ID;
            } else if (row.externalId().length() > EXTERNAL_ID_MAX) {
                errors.add(new Problem.FieldError("externalId",
                        messages.get("attendance.external-id.too-long", EXTERNAL_ID_MAX)));
                reason = Reason.INVALID_EXTERNAL_ID;
            }

            String nip = row.nip();
            try {
                nip = Nip.parse(row.nip()).value();
            } catch (Nip.InvalidNipException invalid) {
                errors.add(new Problem.FieldError("nip", row.nip() == null
                        ? messages.get("attendance.nip.missing") : messages.get(invalid.rule())));
                reason = reason == null ? Reason.INVALID_NIP : reason;
            }

            AttendanceStatus status = AttendanceStatus.ofWord(row.status()).orElse(null);
            String statusError = row.status() == null
                    ? messages.get("attendance.status.missing", AttendanceStatus.REPORTABLE_WORDS)
                    : status == null
                    ? messages.get("attendance.status.unknown", shown(row.status()), AttendanceStatus.REPORTABLE_WORDS)
                    : status == AttendanceStatus.VOIDED ? messages.get("attendance.void-by-endpoint") : null;
            if (statusError != null) {
                errors.add(new Problem.FieldError("status", statusError));
                reason = reason == null ? Reason.INVALID_STATUS : reason;
            }

            OffsetDateTime checkIn = null;
            if (row.checkInAt() != null) {
                try {
                    checkIn = OffsetDateTime.parse(row.checkInAt().strip());
                } catch (DateTimeParseException unreadable) {
                    errors.add(new Problem.FieldError("checkInAt",
                            messages.get("attendance.check-in.format", shown(row.checkInAt()))));
                    reason = reason == null ? Reason.INVALID_CHECK_IN : reason;
                }
            }

            if (errors.isEmpty()) {
                accepted.add(new AttendanceBatch.Row(index, row.externalId(), nip, status, checkIn));
            } else {
                rejected.add(new AttendanceBatch.RowResult(index, row.externalId(), nip,
                        AttendanceBatch.Outcome.REJECTED, reason, null, null, List.copyOf(errors)));
            }
        }
        return new Judgement(accepted, rejected);
    }

    private static String shown(String value) {
        return value.length() <= SHOWN_MAX ? value : value.substring(0, SHOWN_MAX) + "…";
    }
}
