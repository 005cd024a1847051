package id.asn.career.jobfit;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * competency-service's job-fit API ({@code GET /api/v1/positions/{id}/job-fit}) as career-service reads it: only
 * the fields it uses, unknown ones ignored, so that competency-service may add fields freely.
 */
@RegisterRestClient(configKey = "competency")
@Path("/api/v1/positions")
@RegisterClientHeaders(ForwardAuthorization.class)
public interface CompetencyApi {

    /** One ranked candidate: the JPM against the position's standard in force today. */
    record Candidate(String nip, BigDecimal jpm, String jpmCategory) {
    }

    /** One page of candidates. */
    record CandidatePage(List<Candidate> items, long totalItems) {
    }

    @GET
    @Path("/{id}/job-fit")
    CandidatePage jobFit(@PathParam("id") String positionId, @QueryParam("nip") List<String> nips,
                         @QueryParam("size") int size);
}
