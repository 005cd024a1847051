package id.asn.platform.kit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.asn.platform.kit.caller.Roles;
import id.asn.platform.kit.tenant.TenantContext;
import id.asn.platform.testinfra.TestAgency;
import id.asn.platform.testinfra.TestDatabase;
import id.asn.platform.testinfra.TestNips;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Row-level security (docs/adr/0025-row-level-security.md): native SQL that forgot its tenant condition, run in
 * agency A's request or transaction, sees and changes only A's rows; without a tenant it sees none; a pooled
 * connection never carries one agency's tenant to the next user; the system scope sees every agency.
 */
@QuarkusTest
class RowLevelSecurityApiTest {

    private final TestAgency a = new TestAgency("rls-a");
    private final TestAgency b = new TestAgency("rls-b");

    @Inject
    AgroalDataSource dataSource;
    @Inject
    EntityManager em;

    @BeforeEach
    void twoAgenciesWithRows() {
        create(a, 2);
        create(b, 3);
    }

    private static void create(TestAgency agency, int n) {
        for (int i = 0; i < n; i++) {
            TestAgency.as(agency.token(Roles.HR_ADMIN))
                    .body(Map.of("name", "Pegawai " + i, "nip", TestNips.pns())).post("/api/v1/probes")
                    .then().statusCode(201);
        }
    }

    @Test
    void aReadThatForgotItsConditionSeesOnlyTheCallersAgency() {
        Map<String, Integer> seen = TestAgency.as(a.token(Roles.HR_ADMIN)).get("/api/v1/probes/unscoped")
                .then().statusCode(200).extract().jsonPath().getMap("");
        assertThat(seen).containsOnlyKeys(a.tenant);
        assertThat(seen.get(a.tenant)).isEqualTo(ofTenant(a.tenant));
    }

    @Test
    void aWriteThatForgotItsConditionTouchesOnlyTheCallersAgency() {
        Map<String, Integer> seen = TestAgency.as(b.token(Roles.HR_ADMIN)).post("/api/v1/probes/unscoped")
                .then().statusCode(200).extract().jsonPath().getMap("");
        assertThat(seen).containsOnlyKeys(b.tenant, "updated");
        assertThat(seen.get("updated")).isEqualTo(ofTenant(b.tenant)).isEqualTo(seen.get(b.tenant));
    }

    @Test
    void pooledConnectionsNeverCarryOneAgencysTenantToTheNext() {
        String tokenA = a.token(Roles.HR_ADMIN);
        String tokenB = b.token(Roles.HR_ADMIN);
        for (int i = 0; i < 20; i++) {
            TestAgency agency = i % 2 == 0 ? a : b;
            Map<String, Integer> seen = TestAgency.as(i % 2 == 0 ? tokenA : tokenB).get("/api/v1/probes/unscoped")
                    .then().statusCode(200).extract().jsonPath().getMap("");
            assertThat(seen).as("request %d", i).containsOnlyKeys(agency.tenant);
        }
        // and a use without a tenant after both sees nothing at all
        assertThat(unscopedCount()).isZero();
    }

    @Test
    void withoutATenantTheDatabaseShowsNothingAndRefusesWrites() throws SQLException {
        assertThat(ofTenant(a.tenant)).isPositive();
        assertThat(unscopedCount()).isZero();
        try (Connection c = dataSource.getConnection(); PreparedStatement insert = c.prepareStatement("""
                insert into probe_effect (tenant_id, nip, applied) values (?, ?, 1)""")) {
            insert.setString(1, a.tenant);
            insert.setString(2, TestNips.pns());
            assertThatThrownBy(insert::executeUpdate).isInstanceOf(SQLException.class)
                    .hasMessageContaining("row-level security");
        }
    }

    @Test
    void aTransactionSeesTheTenantItRunsAsAlsoWhenTheBindingChangesInside() {
        QuarkusTransaction.requiringNew().run(() -> TenantContext.runAs(a.tenant, () -> {
            assertThat(unscopedByTenant()).containsOnlyKeys(a.tenant);
            // a job working through agencies inside one transaction: the held connection follows the binding
            TenantContext.runAs(b.tenant, () -> assertThat(unscopedByTenant()).containsOnlyKeys(b.tenant));
            assertThat(unscopedByTenant()).containsOnlyKeys(a.tenant);
        }));
    }

    @Test
    void theSystemScopeSeesEveryAgency() {
        Map<String, Long> seen = TenantContext.runAsSystem("test", this::unscopedByTenant);
        assertThat(seen).containsKeys(a.tenant, b.tenant);
        assertThat(seen.get(b.tenant)).isEqualTo(ofTenant(b.tenant));
        assertThatThrownBy(() -> TenantContext.runAsSystem("test", TenantContext::current))
                .as("the system scope is no tenant to write as").isInstanceOf(IllegalStateException.class);
    }

    private long unscopedCount() {
        return unscopedByTenant().values().stream().mapToLong(Long::longValue).sum();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Long> unscopedByTenant() {
        Map<String, Long> seen = new java.util.TreeMap<>();
        em.createNativeQuery("select tenant_id, count(*) from probe group by tenant_id").getResultList()
                .forEach(row -> seen.put((String) ((Object[]) row)[0], ((Number) ((Object[]) row)[1]).longValue()));
        return seen;
    }

    private static int ofTenant(String tenant) {
        try (Connection c = TestDatabase.superuser();
             PreparedStatement s = c.prepareStatement("select count(*) from probe where tenant_id = ?")) {
            s.setString(1, tenant);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getInt(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
