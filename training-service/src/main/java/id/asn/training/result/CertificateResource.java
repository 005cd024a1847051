package id.asn.training.result;

import id.asn.training.result.ResultViews.Verification;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Public verification of certificate numbers. */
@Path("/api/v1/certificates")
@Tag(name = "Certificates", description = "Anyone can check that a certificate is genuine.")
public class CertificateResource {

    private final CertificateService service;

    @Inject
    CertificateResource(CertificateService service) {
        this.service = service;
    }

    @GET
    @Path("verify/{number}")
    @PermitAll
    @SecurityRequirements
    @Operation(summary = "Verify a certificate",
            description = "No token needed. Answers the holder's name, the programme and the completion date for a "
                    + "certificate number issued by this platform, and 404 for any other number.")
    @APIResponse(responseCode = "200", description = "Genuine.", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "genuine", value = "{\"number\": \"ASN-2026-7K3M9Q2XHF\", "
                    + "\"holderName\": \"Rina Marlina, S.E.\", \"programTitle\": \"Pelatihan Pelayanan Publik Prima\", "
                    + "\"completedOn\": \"2026-03-03\"}")))
    public Verification verify(@PathParam("number") String number) {
        return service.verify(number);
    }
}
