package id.asn.platform.kit;

import static org.assertj.core.api.Assertions.assertThat;

import id.asn.platform.kit.probe.Probe;
import id.asn.platform.kit.probe.ProbeRepository;
import id.asn.platform.kit.tenant.TenantContext;
import id.asn.platform.testinfra.TestAgency;
import id.asn.platform.testinfra.TestNips;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A bulk path's lookup by many values (TenantRepository.scopedIn): every row of the caller's agency among more
 * values than one statement takes, none of another agency's, and the transaction's planning setting as it was.
 */
@QuarkusTest
class TenantScopedLookupApiTest {

    private final TestAgency a = new TestAgency("lookup-a");
    private final TestAgency b = new TestAgency("lookup-b");

    @Inject
    ProbeRepository probes;
    @Inject
    EntityManager em;

    @Test
    void aLookupOfMoreValuesThanAChunkFindsEveryRowOfTheAgencyAndNoneOfAnother() {
        List<String> ofA = create(a, 2_345);
        List<String> ofB = create(b, 5);
        List<String> asked = new ArrayList<>(ofA);
        asked.addAll(ofB);
        asked.add(TestNips.pns());

        List<String> found = TenantContext.runAs(a.tenant, () -> QuarkusTransaction.requiringNew()
                .call(() -> probes.scopedIn("nip", asked).stream().map(p -> p.nip).toList()));

        assertThat(found).containsExactlyInAnyOrderElementsOf(ofA);
    }

    @Test
    void theTransactionPlansAsBeforeAfterALookup() {
        create(a, 3);
        List<String> modes = TenantContext.runAs(a.tenant, () -> QuarkusTransaction.requiringNew().call(() -> {
            String before = planning();
            probes.scopedIn("nip", List.of(TestNips.pns()));
            return List.of(before, planning());
        }));
        assertThat(modes.get(1)).isEqualTo(modes.get(0));
    }

    @Test
    void noValuesFindNothing() {
        assertThat(TenantContext.runAs(a.tenant, () -> QuarkusTransaction.requiringNew()
                .call(() -> probes.scopedIn("nip", List.of())))).isEmpty();
    }

    private List<String> create(TestAgency agency, int n) {
        List<String> nips = new ArrayList<>(n);
        TenantContext.runAs(agency.tenant, () -> QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 0; i < n; i++) {
                Probe probe = new Probe();
                probe.name = "Pegawai " + i;
                probe.nip = TestNips.pns();
                probes.persist(probe);
                nips.add(probe.nip);
            }
        }));
        return nips;
    }

    private String planning() {
        return (String) em.createNativeQuery("select current_setting('plan_cache_mode')").getSingleResult();
    }
}
