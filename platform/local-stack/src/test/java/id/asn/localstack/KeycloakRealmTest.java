package id.asn.localstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * deploy/keycloak/asn-realm.json against the dev issuer's identities: the demo data loader and the tests work
 * with either issuer only while both know the same users and clients with the same claims. The tokens themselves
 * are checked against a running Keycloak in system-tests (KeycloakStoryTest).
 */
class KeycloakRealmTest {
    private static final Path PROJECT = Path.of("../..");

    private final Map<String, Object> realm = read(PROJECT.resolve(Keycloak.REALM_FILE));
    private final List<Map<String, Object>> identities = list(read(PROJECT.resolve(DevAuth.IDENTITIES_FILE)), "identities");

    @Test
    void everyDemoUserIsARealmUserWithTheSameRolesAndAttributesAndAPassword() {
        for (Map<String, Object> identity : identities.stream().filter(i -> !i.containsKey("clientSecret")).toList()) {
            String username = (String) identity.get("username");
            Map<String, Object> user = user(username).orElseThrow(() -> new AssertionError("no realm user " + username));

            assertEquals(identity.get("roles"), user.get("realmRoles"), username);
            assertAttributes(identity, user, List.of("tenant", "nip"));
            assertTrue(list(user, "credentials").stream().anyMatch(c -> "password".equals(c.get("type"))), username);
            assertEquals(identity.get("name"), user.get("firstName") + " " + user.get("lastName"), username + ": name claim");
        }
    }

    @Test
    void everyDemoClientIsAConfidentialClientWhoseServiceAccountCarriesTheSameClaims() {
        for (Map<String, Object> identity : identities.stream().filter(i -> i.containsKey("clientSecret")).toList()) {
            String clientId = (String) identity.get("username");
            Map<String, Object> client = list(realm, "clients").stream().filter(c -> clientId.equals(c.get("clientId")))
                    .findFirst().orElseThrow(() -> new AssertionError("no realm client " + clientId));
            assertEquals(identity.get("clientSecret"), client.get("secret"), clientId);
            assertEquals(Boolean.TRUE, client.get("serviceAccountsEnabled"), clientId);
            assertEquals(Boolean.FALSE, client.get("publicClient"), clientId);

            Map<String, Object> account = list(realm, "users").stream()
                    .filter(u -> clientId.equals(u.get("serviceAccountClientId"))).findFirst()
                    .orElseThrow(() -> new AssertionError("no service account for " + clientId));
            assertEquals(identity.get("roles"), account.get("realmRoles"), clientId);
            assertAttributes(identity, account, List.of("tenant", "institution"));
            assertEquals(identity.get("name"), account.get("firstName"), clientId + ": name claim");
        }
    }

    @Test
    void theRealmKnowsNoOneTheDevIssuerDoesNot() {
        Set<String> known = identities.stream().map(i -> (String) i.get("username")).collect(Collectors.toSet());
        Set<String> realmIdentities = new HashSet<>();
        for (Map<String, Object> user : list(realm, "users")) {
            realmIdentities.add((String) user.getOrDefault("serviceAccountClientId", user.get("username")));
        }
        assertEquals(known, realmIdentities);
    }

    @Test
    void everyClientGetsTheScopesThatPutSubUsernameAudienceRolesAndTenantIntoItsTokens() {
        Map<String, Set<String>> mappersByScope = list(realm, "clientScopes").stream().collect(Collectors.toMap(
                scope -> (String) scope.get("name"),
                scope -> list(scope, "protocolMappers").stream()
                        .map(m -> m.get("protocolMapper") + ":" + claim(m)).collect(Collectors.toSet())));

        // an import that names any client scope gets none of Keycloak's built-in ones: they are defined here
        assertTrue(mappersByScope.get("basic").contains("oidc-sub-mapper:-"), mappersByScope.toString());
        assertTrue(mappersByScope.get("profile").contains("oidc-usermodel-attribute-mapper:preferred_username"));
        assertTrue(mappersByScope.get("profile").contains("oidc-full-name-mapper:-"));
        assertTrue(mappersByScope.get("asn").containsAll(Set.of("oidc-usermodel-attribute-mapper:tenant",
                "oidc-usermodel-attribute-mapper:nip", "oidc-usermodel-attribute-mapper:institution",
                "oidc-usermodel-realm-role-mapper:groups", "oidc-audience-mapper:-")));
        for (Map<String, Object> client : list(realm, "clients")) {
            List<Object> scopes = Json.array(client.get("defaultClientScopes"));
            assertTrue(scopes.containsAll(List.of("basic", "profile", "asn")), client.get("clientId") + ": " + scopes);
            assertTrue(mappersByScope.keySet().containsAll(scopes.stream().map(String.class::cast).toList()),
                    client.get("clientId") + " names a scope the realm does not define: " + scopes);
        }
    }

    private Optional<Map<String, Object>> user(String username) {
        return list(realm, "users").stream().filter(u -> username.equals(u.get("username"))).findFirst();
    }

    private static void assertAttributes(Map<String, Object> identity, Map<String, Object> user, List<String> names) {
        Map<String, Object> attributes = Json.object(user.getOrDefault("attributes", Map.of()));
        for (String name : names) {
            Object expected = identity.get(name);
            assertEquals(expected == null ? null : List.of(expected), attributes.get(name), identity.get("username") + ": " + name);
        }
    }

    private static String claim(Map<String, Object> mapper) {
        Object claim = Json.object(mapper.get("config")).get("claim.name");
        return claim == null ? "-" : (String) claim;
    }

    private static List<Map<String, Object>> list(Map<String, Object> object, String field) {
        return Json.array(object.getOrDefault(field, List.of())).stream().map(Json::object).toList();
    }

    private static Map<String, Object> read(Path file) {
        try {
            return Json.object(Json.parse(Files.readString(file)));
        } catch (IOException e) {
            throw new AssertionError("cannot read " + file, e);
        }
    }
}
