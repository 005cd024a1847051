package id.asn.training.followup;

import id.asn.platform.kit.caller.Roles;
import id.asn.platform.kit.idempotency.Idempotent;
import id.asn.platform.kit.nip.NipInput;
import id.asn.platform.kit.nip.ValidNip;
import id.asn.platform.kit.paging.Page;
import id.asn.platform.kit.paging.PageRequest;
import id.asn.training.followup.FollowUpViews.FollowUpAnswer;
import id.asn.training.followup.FollowUpViews.FollowUpView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Follow-up evaluation at work: the supervisor's form some months after a completion, and the lists of them. */
@Path("/api/v1/follow-ups")
@Tag(name = "Follow-ups", description = "Follow-up evaluation at work (docs/domain.md §2.7): some months after a "
        + "completion the employee's supervisor says, per competency the programme addressed, which level of "
        + "behaviour they see applied at work, with an example.")
public class FollowUpResource {

    private static final String OPEN_EXAMPLE = """
            {"id": "7c1d2e3f-4a5b-4c6d-8e9f-0a1b2c3d4e5f", "nip": "199003152019032005",
             "employeeName": "Rina Marlina, S.E.", "unitId": "plg-bkpsdm-bid-pengembangan",
             "unitName": "Bidang Pengembangan Kompetensi", "supervisorNip": "197805122003121002",
             "enrollmentId": "2f4e6d8c-0a1b-4c3d-9e5f-7a8b9c0d1e2f", "programId": "9b8a7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d",
             "programTitle": "Pelatihan Pelayanan Publik Prima", "completedOn": "2026-06-12", "dueOn": "2026-09-12",
             "status": "DUE", "answeredOn": null, "answeredBy": null,
             "competencies": [{"competencyCode": "M5", "targetLevel": 3, "observedLevel": null, "applied": null,
                               "example": null}], "version": 0}""";
    private static final String ANSWERED_EXAMPLE = """
            {"id": "7c1d2e3f-4a5b-4c6d-8e9f-0a1b2c3d4e5f", "nip": "199003152019032005",
             "employeeName": "Rina Marlina, S.E.", "unitId": "plg-bkpsdm-bid-pengembangan",
             "unitName": "Bidang Pengembangan Kompetensi", "supervisorNip": "197805122003121002",
             "enrollmentId": "2f4e6d8c-0a1b-4c3d-9e5f-7a8b9c0d1e2f", "programId": "9b8a7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d",
             "programTitle": "Pelatihan Pelayanan Publik Prima", "completedOn": "2026-06-12", "dueOn": "2026-09-12",
             "status": "ANSWERED", "answeredOn": "2026-09-20", "answeredBy": "197805122003121002",
             "competencies": [{"competencyCode": "M5", "targetLevel": 3, "observedLevel": 3, "applied": "APPLIED",
                               "example": "Menyusun ulang alur loket sehingga antrean rata-rata turun dari 40 ke 15 menit."}],
             "version": 1}""";
    private static final String ANSWER_EXAMPLE = """
            {"competencies": [{"competencyCode": "M5", "observedLevel": 3,
              "example": "Menyusun ulang alur loket sehingga antrean rata-rata turun dari 40 ke 15 menit."}]}""";

    private final FollowUpService service;

    @Inject
    FollowUpResource(FollowUpService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed({Roles.HR_ADMIN, Roles.SUPERVISOR})
    @Operation(summary = "List follow-ups", description = "In due order. `supervisor=me` gives the caller's direct "
            + "reports' (a supervisor always sees only those; hr-admin sees the agency's and may name any "
            + "supervisor's NIP); `unitId` one unit's, as the employee projection knows the units today; `status` "
            + "(repeatable) PENDING (not yet due), DUE, OVERDUE (more than `training.follow-up.answer-days` past "
            + "due) or ANSWERED. Open follow-ups are `status=DUE&status=OVERDUE`.")
    @APIResponse(responseCode = "200", description = "One page.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "page", value = "{\"items\": ["
            + OPEN_EXAMPLE + "], \"page\": 1, \"size\": 20, \"totalItems\": 1, \"totalPages\": 1}")))
    @APIResponse(responseCode = "400", description = "Invalid filter or paging parameter; `errors` names it.")
    public Page<FollowUpView> list(
            @Parameter(description = "`me` or a supervisor's NIP: only that supervisor's direct reports.",
                    example = "me") @QueryParam("supervisor") @Size(max = 30) String supervisor,
            @Parameter(description = "Only employees of this unit.") @QueryParam("unitId") @Size(max = 64)
            String unitId,
            @Parameter(description = "Only this employee.") @QueryParam("nip") @ValidNip String nip,
            @Parameter(description = "Only these states (repeatable).") @QueryParam("status")
            List<FollowUpRule.State> status,
            @Valid @BeanParam PageRequest page) {
        return service.list(supervisor, unitId, NipInput.normalise(nip),
                status == null || status.isEmpty() ? null : EnumSet.copyOf(status), page);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.HR_ADMIN, Roles.SUPERVISOR, Roles.EMPLOYEE})
    @Operation(summary = "Read a follow-up", description = "The form with the competencies the programme addressed "
            + "and their target levels, and the answer once given. The employee's own, a supervisor's direct "
            + "reports', anyone's for hr-admin; 404 otherwise.")
    @APIResponse(responseCode = "200", description = "The follow-up.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "due", value = OPEN_EXAMPLE)))
    public FollowUpView get(@PathParam("id") UUID id) {
        return service.get(id);
    }

    @POST
    @Idempotent
    @Path("{id}/answer")
    @RolesAllowed({Roles.SUPERVISOR})
    @Operation(summary = "Answer a follow-up", description = "Only the employee's direct supervisor answers, once, "
            + "from the due date on: for every competency of the form the level of the competency dictionary whose "
            + "behaviour they see at work (1-5) and an example of it. The answer says per competency whether the "
            + "target is APPLIED (at or above it), PARTLY (one level below) or NOT_APPLIED, and publishes "
            + "`asn.training.follow-up-answered.v1`; competency-service records it on the profile as evidence of "
            + "method SUPERVISOR_OBSERVATION.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "answer", value = ANSWER_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "Answered.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "answered",
            value = ANSWERED_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "A competency missing, twice or not on the form, a level "
            + "outside 1-5, an example missing; `errors` names the field.")
    @APIResponse(responseCode = "403", description = "The caller may see the follow-up but is not the employee's "
            + "direct supervisor (hr-admin, the employee).")
    @APIResponse(responseCode = "409", description = "Already answered.")
    @APIResponse(responseCode = "422", description = "Not due yet.")
    public FollowUpView answer(@PathParam("id") UUID id, @Valid @NotNull FollowUpAnswer answer) {
        return service.answer(id, answer);
    }
}
