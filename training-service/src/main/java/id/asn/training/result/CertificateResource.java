package id.asn.training.result;

import id.asn.platform.kit.problem.ProblemException;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
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

    private final EntityManager em;

    @Inject
    CertificateResource(EntityManager em) {
        this.em = em;
    }

    /** All that verification reveals: no NIP, no agency, no scores. */
    public record Verification(String number, String holderName, String programTitle, LocalDate completedOn) {
    }

    @GET
    @Path("verify/{number}")
    @PermitAll
    @SecurityRequirements
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(summary = "Verify a certificate",
            description = "No token needed. Answers the holder's name, the programme and the completion date for a "
                    + "certificate number issued by this platform, and 404 for any other number.")
    @APIResponse(responseCode = "200", description = "Genuine.", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "genuine", value = "{\"number\": \"ASN-2026-7K3M9Q2XHF\", "
                    + "\"holderName\": \"Rina Marlina, S.E.\", \"programTitle\": \"Pelatihan Pelayanan Publik Prima\", "
                    + "\"completedOn\": \"2026-03-03\"}")))
    public Verification verify(@PathParam("number") String number) {
        // read without an entity: the caller has no tenant, and the number is unique across agencies
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "select number, holder_name, program_title, completed_on from certificate where number = :number")
                .setParameter("number", number)
                .getResultList();
        Object[] row = rows.stream().findFirst().orElseThrow(ProblemException::notFound);
        return new Verification((String) row[0], (String) row[1], (String) row[2], toDate(row[3]));
    }

    private static LocalDate toDate(Object value) {
        return value instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) value;
    }
}
