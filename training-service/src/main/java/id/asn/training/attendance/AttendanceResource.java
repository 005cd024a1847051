package id.asn.training.attendance;

import id.asn.platform.kit.caller.Roles;
import id.asn.platform.kit.idempotency.Idempotent;
import id.asn.platform.kit.paging.Page;
import id.asn.platform.kit.paging.PageRequest;
import id.asn.platform.kit.problem.ProblemResponses;
import id.asn.training.attendance.AttendanceViews.Amend;
import id.asn.training.attendance.AttendanceViews.AttendanceView;
import id.asn.training.attendance.AttendanceViews.Change;
import id.asn.training.attendance.AttendanceViews.RecordAttendance;
import id.asn.training.attendance.AttendanceViews.VoidRow;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The attendance API partner institutions integrate against. */
@Path("/api/v1/attendance")
@Tag(name = "Attendance", description = """
        Attendance reported by partner institutions. A partner authenticates with its machine token (OAuth2 client
        credentials; role `training-partner`, claim `institution`) and can reach only the meetings of sessions of its
        own programmes: any other meeting answers 404, exactly like one that does not exist.""")
public class AttendanceResource {

    static final String BATCH_EXAMPLE = """
            {"rows": [
              {"externalId": "bpsdm-2026-03-02-0001", "nip": "199003152019032005", "status": "PRESENT",
               "checkInAt": "2026-03-02T07:52:10+07:00"},
              {"externalId": "bpsdm-2026-03-02-0002", "nip": "198712012010011003", "status": "TERLAMBAT",
               "checkInAt": "2026-03-02T08:41:00+07:00"},
              {"externalId": "bpsdm-2026-03-02-0003", "nip": "199205202015032001", "status": "IZIN"},
              {"externalId": "bpsdm-2026-03-02-0004", "nip": "199001012020121001", "status": "ABSENT"},
              {"externalId": "bpsdm-2026-03-02-0005", "nip": "199003152019032005", "status": "PRESENT"},
              {"externalId": "bpsdm-2026-03-02-0006", "nip": "197001011990031999", "status": "HADIR"},
              {"externalId": "bpsdm-2026-03-02-0007", "nip": "19850101201001100", "status": "HADIR"},
              {"externalId": "bpsdm-2026-03-02-0008", "nip": "198501012010011002", "status": "CUTI"}
            ]}""";
    static final String RESULT_EXAMPLE = """
            {"meetingId": "c7d3e9f1-2b4a-4c6d-8e0f-1a2b3c4d5e6f", "received": 8, "created": 3, "unchanged": 1,
             "rejected": 4,
             "rows": [
              {"index": 0, "externalId": "bpsdm-2026-03-02-0001", "nip": "199003152019032005", "outcome": "CREATED",
               "reason": null, "attendanceId": "8a1b2c3d-4e5f-4061-8728-394a5b6c7d8e",
               "enrollmentId": "2f4e6d8c-0a1b-4c3d-9e5f-7a8b9c0d1e2f", "errors": []},
              {"index": 1, "externalId": "bpsdm-2026-03-02-0002", "nip": "198712012010011003", "outcome": "CREATED",
               "reason": null, "attendanceId": "9b2c3d4e-5f60-4172-8394-a5b6c7d8e9f0",
               "enrollmentId": "3a5f7e9d-1b2c-4d3e-8f4a-5b6c7d8e9f01", "errors": []},
              {"index": 2, "externalId": "bpsdm-2026-03-02-0003", "nip": "199205202015032001", "outcome": "UNCHANGED",
               "reason": null, "attendanceId": "0c3d4e5f-6071-4283-94a5-b6c7d8e9f0a1",
               "enrollmentId": "4b6a8f0e-2c3d-4e4f-9a5b-6c7d8e9f0a12", "errors": []},
              {"index": 3, "externalId": "bpsdm-2026-03-02-0004", "nip": "199001012020121001", "outcome": "REJECTED",
               "reason": "NOT_ENROLLED", "attendanceId": null, "enrollmentId": null, "errors": []},
              {"index": 4, "externalId": "bpsdm-2026-03-02-0005", "nip": "199003152019032005", "outcome": "REJECTED",
               "reason": "DUPLICATE_NIP_IN_BATCH", "attendanceId": null,
               "enrollmentId": "2f4e6d8c-0a1b-4c3d-9e5f-7a8b9c0d1e2f", "errors": []},
              {"index": 5, "externalId": "bpsdm-2026-03-02-0006", "nip": "197001011990031999", "outcome": "CREATED",
               "reason": null, "attendanceId": "1d4e5f60-7182-4394-a5b6-c7d8e9f0a1b2",
               "enrollmentId": "5c7b9a1f-3d4e-4f5a-8b6c-7d8e9f0a1b23", "errors": []},
              {"index": 6, "externalId": "bpsdm-2026-03-02-0007", "nip": "19850101201001100", "outcome": "REJECTED",
               "reason": "INVALID_NIP", "attendanceId": null, "enrollmentId": null,
               "errors": [{"field": "nip", "message": "NIP/NI PPPK harus 18 digit"}]},
              {"index": 7, "externalId": "bpsdm-2026-03-02-0008", "nip": "198501012010011002", "outcome": "REJECTED",
               "reason": "INVALID_STATUS", "attendanceId": null, "enrollmentId": null,
               "errors": [{"field": "status", "message": "status 'CUTI' tidak dikenal; gunakan salah satu dari: PRESENT, LATE, EXCUSED, ABSENT, HADIR, TERLAMBAT, IZIN, SAKIT, ALPA"}]}
             ]}""";
    static final String ROW_EXAMPLE = """
            {"id": "8a1b2c3d-4e5f-4061-8728-394a5b6c7d8e", "meetingId": "c7d3e9f1-2b4a-4c6d-8e0f-1a2b3c4d5e6f",
             "enrollmentId": "2f4e6d8c-0a1b-4c3d-9e5f-7a8b9c0d1e2f", "nip": "199003152019032005", "status": "LATE",
             "checkInAt": "2026-03-02T08:31:00+07:00", "externalId": "bpsdm-2026-03-02-0001",
             "reason": "Presensi mesin terlambat sinkron; jam masuk dari daftar hadir manual", "version": 1}""";

    private final AttendanceService service;

    @Inject
    AttendanceResource(AttendanceService service) {
        this.service = service;
    }

    @POST
    @Idempotent
    @Path("meetings/{meetingId}")
    @RolesAllowed({Roles.TRAINING_PARTNER, Roles.HR_ADMIN})
    @Operation(summary = "Report attendance at a meeting (bulk, idempotent)", description = """
            Records the attendance of up to **`training.attendance-batch-max` participants** (5,000 unless the
            service is configured otherwise) at one meeting in one call.

            **Per-row results.** The answer (200) has one entry per row, in the order sent (`index` is the row's
            position, starting at 0), with an `outcome`:

            | outcome | meaning |
            |---|---|
            | `CREATED` | recorded now |
            | `UNCHANGED` | this `externalId` was already recorded for this meeting with the same content (a resend); `reason` `SUPERSEDED_BY_AMENDMENT` when the row has since been amended or voided |
            | `REJECTED` | not recorded; `reason` says why |

            **Each row is judged on its own.** A row whose values are wrong is `REJECTED` with `errors` naming
            every bad value of that row (`field`, and a `message` in the language of `Accept-Language`), and the
            `reason` of the first: `INVALID_EXTERNAL_ID` (missing, or over 100 characters), `INVALID_NIP` (not
            18 digits, or not a valid NIP / NI PPPK: the message names the rule), `INVALID_STATUS` (missing, a
            word not listed below, or VOIDED), `INVALID_CHECK_IN` (not an ISO-8601 time with offset).

            **Status words.** `PRESENT`, `LATE`, `EXCUSED`, `ABSENT`, or the word of a daftar hadir: `HADIR`
            (= PRESENT), `TERLAMBAT` (= LATE), `IZIN` and `SAKIT` (= EXCUSED), `ALPA` (= ABSENT), in any letter
            case. The row is recorded, and published, with the status the word names.

            Other rejection reasons: `UNKNOWN_NIP` (no such employee in the agency), `NOT_ENROLLED` (not enrolled in this
            session), `DUPLICATE_NIP_IN_BATCH` / `DUPLICATE_EXTERNAL_ID_IN_BATCH` (the same NIP or externalId earlier
            in this request; the first one counts), `ALREADY_RECORDED` (the participant already has a row for this
            meeting under another externalId: correct it with the amend operation), `EXTERNAL_ID_CONFLICT` (this
            externalId was used for another participant or with other content), `CONCURRENT_WRITE` (another request
            recorded the participant at the same moment; resend the row).

            Rejected rows do not stop the others. A **request** that is refused as a whole (400 for a body that
            is not the document described here: no rows, a row that is not an object, a value of another JSON type
            than documented, an unknown field, text with the NUL character, or more rows than
            `training.attendance-batch-max`; 404 for a meeting you do not run; 409 for a reused key, or for a
            session whose completion was decided and that hr-admin has not reopened) writes
            nothing at all.

            **Idempotency.** Send an `Idempotency-Key` header (any unique string up to 200 characters, e.g. a UUID)
            to make retries safe: a retry with the same key and the same body returns the stored answer (with
            header `Idempotent-Replayed: true`) without writing again; the same key with another body is a 409.
            Without the header, resending is still harmless row by row, thanks to `externalId`.

            Each CREATED row publishes `asn.training.attendance-recorded.v1`.""")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "six rows", value = BATCH_EXAMPLE,
                    description = "Rows 3, 4, 6 and 7 will be rejected: not enrolled, a second row for the same NIP, "
                            + "a NIP of 17 digits, an unknown status word.")))
    @APIResponse(responseCode = "200", description = "Processed; one result per row.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "per-row results", value = RESULT_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "Malformed request (see above); `errors` names each field, "
            + "e.g. `rows[3].checkInAt`. Nothing was written.")
    @APIResponse(responseCode = "404", description = "No such meeting, or it belongs to another institution's session.")
    @APIResponse(responseCode = "409", description = "The Idempotency-Key was used with another body, or the "
            + "session is closed (hr-admin may reopen it).")
    public Response record(@PathParam("meetingId") UUID meetingId,
                           @Valid @NotNull RecordAttendance request, @Context HttpHeaders headers) {
        return Response.ok(service.record(meetingId, request, ProblemResponses.messages(headers))).build();
    }

    @GET
    @Path("meetings/{meetingId}")
    @RolesAllowed({Roles.TRAINING_PARTNER, Roles.HR_ADMIN})
    @Operation(summary = "Read a meeting's attendance", description = "The recorded rows by NIP, paged.")
    @APIResponse(responseCode = "200", description = "One page.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "page",
            value = "{\"items\": [" + ROW_EXAMPLE + "], \"page\": 1, \"size\": 20, \"totalItems\": 1, \"totalPages\": 1}")))
    @APIResponse(responseCode = "400", description = "Invalid paging parameters.")
    public Page<AttendanceView> list(@PathParam("meetingId") UUID meetingId, @Valid @BeanParam PageRequest page) {
        return service.list(meetingId, page);
    }

    @PUT
    @Idempotent
    @Path("{id}")
    @RolesAllowed({Roles.TRAINING_PARTNER, Roles.HR_ADMIN})
    @Operation(summary = "Amend one row", description = "Changes the status and check-in time of a recorded row. "
            + "`reason` is required and kept in the row's audit trail with who and when. Publishes "
            + "`asn.training.attendance-recorded.v1` with the new status.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "late, not present",
            value = "{\"status\": \"LATE\", \"checkInAt\": \"2026-03-02T08:31:00+07:00\", "
                    + "\"reason\": \"Presensi mesin terlambat sinkron; jam masuk dari daftar hadir manual\", \"version\": 0}")))
    @APIResponse(responseCode = "200", description = "Amended.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "row", value = ROW_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "Missing reason or status, or status VOIDED.")
    @APIResponse(responseCode = "409", description = "The row changed since `version`, or the session is closed "
            + "(hr-admin may reopen it).")
    public AttendanceView amend(@PathParam("id") UUID id, @Valid @NotNull Amend request) {
        return service.amend(id, request);
    }

    @POST
    @Idempotent
    @Path("{id}/void")
    @RolesAllowed({Roles.TRAINING_PARTNER, Roles.HR_ADMIN})
    @Operation(summary = "Void one row", description = "Withdraws a row recorded in error (status VOIDED, which does "
            + "not count as attended). `reason` is required and audited. The row can later be amended again.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "wrong person",
            value = "{\"reason\": \"Salah input NIP peserta\", \"version\": 1}")))
    @APIResponse(responseCode = "200", description = "Voided.", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "voided", value = "{\"id\": \"8a1b2c3d-4e5f-4061-8728-394a5b6c7d8e\", "
                    + "\"status\": \"VOIDED\", \"reason\": \"Salah input NIP peserta\", \"version\": 2}")))
    @APIResponse(responseCode = "400", description = "Missing reason.")
    @APIResponse(responseCode = "409", description = "The row changed since `version`, or the session is closed "
            + "(hr-admin may reopen it).")
    @APIResponse(responseCode = "422", description = "Already voided.")
    public AttendanceView voidRow(@PathParam("id") UUID id, @Valid @NotNull VoidRow request) {
        return service.voidRow(id, request);
    }

    @GET
    @Path("{id}/history")
    @RolesAllowed({Roles.TRAINING_PARTNER, Roles.HR_ADMIN})
    @Operation(summary = "Audit trail of one row", description = "Every amendment and void: before, after, reason, who, when.")
    @APIResponse(responseCode = "200", description = "Oldest first.", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "one amendment", value = "[{\"action\": \"AMEND\", \"oldStatus\": \"PRESENT\", "
                    + "\"newStatus\": \"LATE\", \"oldCheckInAt\": null, \"newCheckInAt\": \"2026-03-02T08:31:00+07:00\", "
                    + "\"reason\": \"Presensi mesin terlambat sinkron\", \"by\": \"bpsdm-sumsel\", "
                    + "\"at\": \"2026-03-03T02:10:00Z\"}]")))
    public List<Change> history(@PathParam("id") UUID id) {
        return service.history(id);
    }
}
