package id.asn.training.result;

import id.asn.platform.kit.caller.Roles;
import id.asn.platform.kit.idempotency.Idempotent;
import id.asn.platform.kit.problem.ProblemResponses;
import id.asn.training.result.ResultViews.Outcome;
import id.asn.training.result.ResultViews.PostScores;
import id.asn.training.result.ResultViews.ScoreResult;
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
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Test results and completion of a session. */
@Path("/api/v1/sessions/{sessionId}")
@Tag(name = "Results and completion", description = "Pre/post-test scores from partners; completion, certificates, JP.")
@RolesAllowed({Roles.TRAINING_PARTNER, Roles.HR_ADMIN})
public class ResultResource {

    private final ResultService service;

    @Inject
    ResultResource(ResultService service) {
        this.service = service;
    }

    @POST
    @Idempotent
    @Path("results")
    @Operation(summary = "Post test scores",
            description = "The partner running the session (or hr-admin) posts pre-test and post-test scores, one "
                    + "row per participant, in one statement. Each row is judged on its own and is `stored` or not "
                    + "with a `reason`: INVALID_NIP or SCORE_OUT_OF_RANGE (a score outside 0..100), with `errors` "
                    + "naming each bad value of the row in the language of `Accept-Language`; NOT_ENROLLED, "
                    + "ALREADY_COMPLETED or DUPLICATE_NIP_IN_BATCH. Posting again overwrites.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "scores",
            value = "{\"rows\": [{\"nip\": \"199003152019032005\", \"preTest\": 55, \"postTest\": 82}, "
                    + "{\"nip\": \"199001012020121001\", \"postTest\": 90}, "
                    + "{\"nip\": \"198712012010011003\", \"preTest\": 40, \"postTest\": 820}]}")))
    @APIResponse(responseCode = "200", description = "One result per row.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "results", value = """
            [{"index": 0, "nip": "199003152019032005", "stored": true, "reason": null,
              "enrollmentId": "2f4e6d8c-0a1b-4c3d-9e5f-7a8b9c0d1e2f", "errors": []},
             {"index": 1, "nip": "199001012020121001", "stored": false, "reason": "NOT_ENROLLED", "enrollmentId": null,
              "errors": []},
             {"index": 2, "nip": "198712012010011003", "stored": false, "reason": "SCORE_OUT_OF_RANGE",
              "enrollmentId": null, "errors": [{"field": "postTest", "message": "postTest harus antara 0 dan 100"}]}]""")))
    @APIResponse(responseCode = "400", description = "The body is not the document described (no rows, more than "
            + "5,000, a value of another JSON type, an unknown field); `errors` names it. Nothing was stored.")
    @APIResponse(responseCode = "409", description = "The session is closed; hr-admin may reopen it. Nothing was stored.")
    public List<ScoreResult> postScores(@PathParam("sessionId") UUID sessionId, @Valid @NotNull PostScores request,
                                        @Context HttpHeaders headers) {
        return service.postScores(sessionId, request.rows(), ProblemResponses.messages(headers));
    }

    @POST
    @Idempotent
    @Path("completion")
    @Operation(summary = "Decide completion",
            description = "After the last meeting, decides every open participant: COMPLETED when the attendance "
                    + "share (PRESENT or LATE meetings ÷ meetings) reaches the programme's share and, if the "
                    + "programme requires a post-test, the score reaches its pass mark. A completion issues a "
                    + "certificate number, credits the session's JP to the ledger in the year the session ended and "
                    + "publishes `asn.training.completed.v1`. Others become NOT_COMPLETED with the shortfalls. The "
                    + "session is closed: its attendance and scores take no more changes (409) unless hr-admin "
                    + "reopens it (`POST /api/v1/sessions/{id}/reopen`). Calling again on a closed session "
                    + "re-decides only those not completed; on a reopened one it re-decides everyone, revokes the "
                    + "certificate and withdraws the JP of a completion that no longer holds, issues (or reissues) "
                    + "those newly completed, publishes `asn.training.completion-corrected.v1` for each completion "
                    + "already published that changed, and closes the session again (docs/domain.md §2.6.5).\n\n"
                    + "**Duration.** The work grows with the participants (one statement per table for all of them): milliseconds per participant, so 400 participants take seconds, and "
                    + "up to about 10 s on a saturated service. The gateway gives this operation its bulk timeout "
                    + "(120 s). **Retries.** Send an `Idempotency-Key`: a retry with the same key returns the first "
                    + "answer (`Idempotent-Replayed: true`) instead of deciding again, and a retry sent while the "
                    + "first call still runs waits for it and returns its answer.")
    @APIResponse(responseCode = "200", description = "One outcome per decided participant.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "outcomes", value = """
            [{"enrollmentId": "2f4e6d8c-0a1b-4c3d-9e5f-7a8b9c0d1e2f", "nip": "199003152019032005", "status": "COMPLETED",
              "attendanceShare": 1.0, "postTest": 82, "shortfalls": [], "certificateNumber": "ASN-2026-7K3M9Q2XHF"},
             {"enrollmentId": "3a5f7e9d-1b2c-4d3e-8f4a-5b6c7d8e9f01", "nip": "198712012010011003",
              "status": "NOT_COMPLETED", "attendanceShare": 0.5, "postTest": 64,
              "shortfalls": ["ATTENDANCE_BELOW_SHARE", "POST_TEST_BELOW_PASS_MARK"], "certificateNumber": null}]""")))
    @APIResponse(responseCode = "422", description = "The last meeting is still ahead, or the session is worth no JP.")
    public List<Outcome> complete(@PathParam("sessionId") UUID sessionId) {
        return service.complete(sessionId);
    }
}
