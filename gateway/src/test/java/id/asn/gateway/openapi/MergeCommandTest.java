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
}
