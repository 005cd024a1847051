package id.asn.platform.kit.outbox;

import id.asn.platform.kit.caller.Caller;
import id.asn.platform.kit.caller.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The operator's view of parked outbox events (docs/running.md "Parked events and dead letters"): on every
 * service's own port, not routed by the gateway, and not part of the documented API.
 */
@Path("/ops/outbox/parked")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.PLATFORM_OPERATOR)
public class ParkedEventsResource {

    @Inject
    OutboxOperations operations;
    @Inject
    Caller caller;

    @GET
    @Operation(hidden = true)
    public List<OutboxOperations.Parked> list() {
        return operations.parked();
    }

    @POST
    @Path("/{id}/release")
    @Operation(hidden = true)
    public void release(@PathParam("id") UUID id) {
        operations.release(id, caller.subject());
    }

    @POST
    @Path("/{id}/discard")
    @Operation(hidden = true)
    public void discard(@PathParam("id") UUID id) {
        operations.discard(id, caller.subject());
    }
}
