package id.asn.training.enrollment;

import id.asn.platform.kit.caller.Roles;
import id.asn.platform.kit.idempotency.Idempotent;
import id.asn.platform.kit.problem.ProblemResponses;
import id.asn.training.enrollment.EnrollmentViews.Nominate;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Bulk nomination of many employees into one session, with a result per row. */
@Path("/api/v1/sessions/{sessionId}/nominations")
@Tag(name = "Enrollments")
public class NominationResource {

    private static final String RESULT_EXAMPLE = """
            {"sessionId": "5a0f5c3e-1d7c-4a8f-b0e1-6f4d2c9a8b77", "received": 4, "enrolled": 1, "waitlisted": 1,
             "alreadyEnrolled": 1, "rejected": 1,
             "rows": [
              {"index": 0, "nip": "199003152019032005", "needId": null, "outcome": "ENROLLED", "reason": null,
               "message": null, "enrollmentId": "2f4e6d8c-0a1b-4c3d-9e5f-7a8b9c0d1e2f", "status": "ENROLLED"},
              {"index": 1, "nip": "198712012010011003", "needId": null, "outcome": "ALREADY_ENROLLED", "reason": null,
               "message": "The employee already has an enrolment in this session (status REQUESTED).",
               "enrollmentId": "3a5f7e9d-1b2c-4d3e-8f4a-5b6c7d8e9f01", "status": "REQUESTED"},
              {"index": 2, "nip": "19850101201001100", "needId": null, "outcome": "REJECTED", "reason": "INVALID_NIP",
               "message": "a NIP / NI PPPK has 18 digits", "enrollmentId": null, "status": null},
              {"index": 3, "nip": "199205202015032001", "needId": null, "outcome": "WAITLISTED", "reason": null,
               "message": null, "enrollmentId": "4b6a8f0e-2c3d-4e4f-9a5b-6c7d8e9f0a12", "status": "WAITLISTED"}]}""";

    private final NominationService service;

    @Inject
    NominationResource(NominationService service) {
        this.service = service;
    }

    @POST
    @Idempotent
    @RolesAllowed(Roles.HR_ADMIN)
    @Operation(summary = "Nominate many employees into a session (bulk, idempotent)", description = """
            hr-admin nominates, in one call, up to **`training.nomination-batch-max` rows** (5,000 unless the
            service is configured otherwise), given as exactly one of: `nips` (one row per NIP), `needIds` (one row
            per training need: its employee, provided the need is open and its competency is one the programme
            develops) or `unitId` (every active employee of the unit, by NIP; with `openNeedsOnly` only those with
            an open need for a competency the programme develops).

            **Each row is judged on its own**, by the same rules as one nomination (`POST /api/v1/enrollments`,
            docs/domain.md §2.6.4), in the order sent, and gets an `outcome`:

            | outcome | meaning |
            |---|---|
            | `ENROLLED` | a seat; publishes `asn.training.enrolled.v1` exactly as one nomination does |
            | `WAITLISTED` | the session is full: a place on its waitlist, after those already waiting |
            | `ALREADY_ENROLLED` | the employee already has a place or a pending request in this session (`status`); left as it is |
            | `REJECTED` | not nominated; `reason` and `message` (in the language of `Accept-Language`) say why |

            Reasons: `INVALID_NIP` (the message names the NIP rule broken), `INVALID_NEED_ID` (not a UUID),
            `DUPLICATE_IN_BATCH` (the same employee earlier in this request; the first counts), `UNKNOWN_EMPLOYEE`
            (no active employee of the agency with this NIP), `UNKNOWN_NEED`, `NEED_CLOSED`, `NEED_NOT_FOR_PROGRAM`,
            `OVER_BUDGET` (the seat would take the realised cost beyond the approved plan's budget: the first rows
            that fit are enrolled; give `overrideReason` to go beyond it on purpose, recorded once for the request).

            A **request** refused as a whole writes nothing: 400 for a body that is not this document (none or
            several of `nips`/`needIds`/`unitId`, an empty list, more rows than the limit, a value of another JSON
            type); 404 for a session of another agency; 409 for a reused `Idempotency-Key`; 422 for a closed
            session, or a unit without active employees (or without open needs).

            **Idempotency.** With an `Idempotency-Key` header a retry with the same key and body returns the stored
            answer (header `Idempotent-Replayed: true`) without writing again. Without it a resend is still harmless:
            the employees placed the first time come back `ALREADY_ENROLLED`.""")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = {
            @ExampleObject(name = "NIPs", value = "{\"nips\": [\"199003152019032005\", \"198712012010011003\", "
                    + "\"19850101201001100\", \"199205202015032001\"]}"),
            @ExampleObject(name = "needs", value = "{\"needIds\": [\"0b7e2f0c-6a55-4f6e-9d0a-3b1c2d4e5f60\"]}"),
            @ExampleObject(name = "a unit's open needs", value = "{\"unitId\": \"U-BKPSDM\", \"openNeedsOnly\": true}")}))
    @APIResponse(responseCode = "200", description = "Processed; one result per row.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "per-row results",
            value = RESULT_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "Malformed request (see above); `errors` names the field. "
            + "Nothing was written.")
    @APIResponse(responseCode = "404", description = "No such session in this agency.")
    @APIResponse(responseCode = "409", description = "The Idempotency-Key was used with another body.")
    @APIResponse(responseCode = "422", description = "The session is closed, or the unit has nobody to nominate.")
    public Response nominate(@PathParam("sessionId") UUID sessionId, @Valid @NotNull Nominate request,
                             @Context HttpHeaders headers) {
        return Response.ok(service.nominate(sessionId, request, ProblemResponses.messages(headers))).build();
    }
}
