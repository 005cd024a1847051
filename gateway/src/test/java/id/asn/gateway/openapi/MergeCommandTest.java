package id.asn.gateway.openapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The build's merge sees the packaged route table and refuses to leave a routed service out. */
class MergeCommandTest {

    @Test
    void routesAreThePackagedOnesWithoutTestProfileEntries() {
        assertThat(MergeCommand.routes())
                .containsEntry("competencies", "competency")
                .containsEntry("programs", "training")
                .doesNotContainKey("slow");
    }

    @Test
    void aRoutedServiceWithoutDocumentFailsTheMerge(@TempDir Path dir) throws Exception {
        Path competency = Files.writeString(dir.resolve("competency.json"), "{\"openapi\": \"3.1.0\", \"paths\": {}}");

        assertThatThrownBy(() -> MergeCommand.main(new String[] {
                dir.resolve("merged.json").toString(), "competency=" + competency}))
                .hasMessageContaining("appraisal, career, training");
    }

    @Test
    void aPathOfAServiceThatTheRouteTableDoesNotSendToItFailsTheMerge(@TempDir Path dir) throws Exception {
        String[] args = {dir.resolve("merged.json").toString(), null, null, null, null};
        String[] services = {"competency", "training", "appraisal", "career"};
        for (int i = 0; i < services.length; i++) {
            String paths = services[i].equals("career")
                    ? "{\"/api/v1/careers/{nip}\": {}, \"/api/v1/talent-pools\": {}, \"/api/v1/programs\": {}}"
                    : "{}";
            args[i + 1] = services[i] + "=" + Files.writeString(dir.resolve(services[i] + ".json"),
                    "{\"openapi\": \"3.1.0\", \"paths\": " + paths + "}");
        }

        assertThatThrownBy(() -> MergeCommand.main(args))
                .hasMessageContaining("career /api/v1/programs").hasMessageContaining("career /api/v1/talent-pools")
                .hasMessageNotContaining("careers/{nip}");
    }
}
