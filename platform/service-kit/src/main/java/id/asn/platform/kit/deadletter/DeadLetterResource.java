package id.asn.platform.kit.deadletter;

import id.asn.platform.kit.caller.Caller;
import id.asn.platform.kit.caller.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Replays this service's dead-letter topic on the operator's command (docs/running.md); not in the API document. */
@Path("/ops/dead-letters/replay")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.PLATFORM_OPERATOR)
public class DeadLetterResource {

    @Inject
    DeadLetterReplay replay;
    @Inject
    Caller caller;

    @POST
    @Operation(hidden = true)
    public DeadLetterReplay.Replayed replay(@QueryParam("max") Integer max) {
        return replay.replay(max == null ? Integer.MAX_VALUE : Math.max(max, 0), caller.subject());
    }
}
