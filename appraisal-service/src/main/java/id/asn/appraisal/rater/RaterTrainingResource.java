package id.asn.appraisal.rater;

import id.asn.appraisal.rater.RaterViews.RaterStatus;
import id.asn.platform.kit.caller.Roles;
import id.asn.platform.kit.nip.NipInput;
import id.asn.platform.kit.nip.ValidNip;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Whether an employee is a trained rater. */
@Path("/api/v1/rater-trainings")
@Tag(name = "Trained raters", description = "Rater trainings completed in training-service, for the agency's "
        + "trained-rater rule (docs/domain.md §3.4.2).")
public class RaterTrainingResource {

    static final String STATUS_EXAMPLE = """
            {"nip": "198005102005011003", "trained": true,
             "trainings": [{"programId": "0b8e3a5c-7d43-4f0e-9a7e-2c1d9b8f6a11",
                            "programTitle": "Pelatihan Penilai Kinerja yang Adil", "completedOn": "2026-03-06"}]}""";

    private final RaterTrainingService service;

    @Inject
    RaterTrainingResource(RaterTrainingService service) {
        this.service = service;
    }

    @GET
    @Path("{nip}")
    @RolesAllowed({Roles.EMPLOYEE, Roles.SUPERVISOR, Roles.HR_ADMIN})
    @Operation(summary = "An employee's rater trainings", description = """
            The rater trainings (programmes hr-admin marked as such in training-service) the employee completed,
            newest first, as `asn.training.completed.v1` reported them, and whether that makes them a trained rater.
            hr-admin reads any employee of the agency, an employee their own; 404 for anyone else and for an NIP
            the agency does not know.""")
    @APIResponse(responseCode = "200", description = "The status.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "trained", value = STATUS_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "The NIP is malformed.")
    @APIResponse(responseCode = "404", description = "Not the caller's own, and the caller is not hr-admin.")
    public RaterStatus status(@PathParam("nip") @ValidNip String nip) {
        return service.status(NipInput.normalise(nip));
    }
}
