package id.asn.localstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class IdentityTableTest {

    private static final String USERS = """
            {"note": "demo only", "tenants": [{"id": "palembang", "name": "Kota Palembang"}],
             "identities": [
               {"username": "hr.palembang", "name": "Admin", "tenant": "palembang", "roles": ["hr-admin"]},
               {"username": "supervisor.palembang", "name": "Atasan", "tenant": "palembang",
                "roles": ["supervisor", "employee"], "nip": "197803152005011001"},
               {"username": "partner.palembang", "name": "Mitra", "tenant": "palembang", "roles": ["training-partner"],
                "institution": "3b0f5c1e-7a2d-4c8e-9f10-5a1e0c0b0001", "institutionName": "Mitra",
                "clientSecret": "demo-secret-partner-palembang"},
               {"username": "national.viewer", "name": "Nasional", "roles": ["national-viewer"]}]}""";

    @Test
    void oneAlignedRowPerIdentityUnderAHeader() {
        List<String> lines = IdentityTable.render(USERS).lines().toList();

        assertEquals("USER / CLIENT         AGENCY     ROLES                NIP / INSTITUTION"
                + "                     CLIENT SECRET", lines.get(0));
        assertEquals("hr.palembang          palembang  hr-admin             -"
                + "                                     -", lines.get(1));
        assertEquals("supervisor.palembang  palembang  supervisor,employee  197803152005011001"
                + "                    -", lines.get(2));
        assertEquals("partner.palembang     palembang  training-partner     3b0f5c1e-7a2d-4c8e-9f10-5a1e0c0b0001"
                + "  demo-secret-partner-palembang", lines.get(3));
        assertEquals("national.viewer       -          national-viewer      -"
                + "                                     -", lines.get(4));
    }

    @Test
    void pointsToTheJsonForScripts() {
        assertTrue(IdentityTable.render(USERS).contains("./asn token --list --json"));
    }
}
