package id.asn.gateway.health;

import id.asn.gateway.GatewayConfig;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/** The gateway's own line in {@code /q/health}, next to the services': it answers, with this route table. */
@Liveness
@ApplicationScoped
public class GatewayLiveness implements HealthCheck {

    private final GatewayConfig config;

    GatewayLiveness(GatewayConfig config) {
        this.config = config;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("gateway").up()
                .withData("routes", config.routes().size())
                .withData("services", config.services().size())
                .build();
    }
}
