package id.asn.gateway.health;

import id.asn.gateway.GatewayConfig;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.health.api.HealthRegistry;
import io.smallrye.health.api.Wellness;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.health.HealthCheckResponse;

/**
 * One health check per service behind the gateway (its {@code /q/health/ready}), so that {@code /q/health} of
 * the gateway shows the whole system. They are wellness checks, not readiness: a service that is down must not
 * take the gateway out of a load balancer, since the gateway keeps serving the other services and answers 503
 * for the missing one.
 */
@ApplicationScoped
public class UpstreamHealth {

    private final HttpClient client;
    private final GatewayConfig config;

    UpstreamHealth(Vertx vertx, GatewayConfig config) {
        this.config = config;
        this.client = vertx.createHttpClient(new HttpClientOptions().setMaxPoolSize(2));
    }

    @PreDestroy
    void close() {
        client.close();
    }

    void register(@Observes StartupEvent started, @Wellness HealthRegistry registry) {
        // one check per instance of a service run as several, so that a killed one shows
        config.services().forEach((name, service) -> {
            List<URI> instances = service.url();
            for (int i = 0; i < instances.size(); i++) {
                String check = instances.size() == 1 ? name : name + "-" + (i + 1);
                registry.register(check, check(check, instances.get(i)));
            }
        });
    }

    private AsyncHealthCheck check(String name, URI instance) {
        String url = instance.toString().replaceAll("/$", "") + "/q/health/ready";
        long timeout = config.health().timeout().toMillis();
        return () -> Uni.createFrom().completionStage(() -> client.request(new RequestOptions()
                                .setMethod(HttpMethod.GET)
                                .setAbsoluteURI(url)
                                .setConnectTimeout(timeout)
                                .setIdleTimeout(timeout))
                        .compose(request -> request.send())
                        .map(response -> {
                            // read the body only to free the connection; the status says it all
                            response.body();
                            return HealthCheckResponse.named(name).status(response.statusCode() == 200)
                                    .withData("url", instance.toString())
                                    .withData("status", response.statusCode()).build();
                        })
                        .toCompletionStage())
                .onFailure().recoverWithItem(failure -> HealthCheckResponse.named(name).down()
                        .withData("url", instance.toString())
                        .withData("error", String.valueOf(failure.getMessage())).build());
    }
}
