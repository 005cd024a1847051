package id.asn.localstack;

import java.net.URI;
import java.util.Map;

/**
 * Where the running stack answers.
 *
 * @param gateway the public entry point, e.g. http://localhost:8080
 * @param apps every started application (gateway included) by its base URL
 * @param postgresJdbcBase jdbc:postgresql://host:port/ without a database name
 * @param kafkaBootstrap host:port of the broker
 * @param issuer the issuer every app trusts: the dev issuer's name, or Keycloak's realm URL
 */
public record StackUrls(URI gateway, Map<App, URI> apps, String postgresJdbcBase, String kafkaBootstrap, URI issuer) {

    public URI app(App app) {
        URI uri = apps.get(app);
        if (uri == null) {
            throw new IllegalArgumentException(app.module() + " is not part of this stack");
        }
        return uri;
    }

    public URI swaggerUi() {
        return gateway.resolve("/q/swagger-ui");
    }
}
