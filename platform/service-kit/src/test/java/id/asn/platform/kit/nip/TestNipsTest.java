package id.asn.platform.kit.nip;

import static org.assertj.core.api.Assertions.assertThat;

import id.asn.platform.testinfra.TestNips;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The NIPs tests use are ones the services accept (docs/domain.md §6), printed or not, without warnings. */
class TestNipsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({"PNS", "PPPK"})
    void generatedNumbersAreValidDistinctAndAcceptedAsPrinted(Nip.Kind kind) {
        Supplier<String> next = kind == Nip.Kind.PNS ? TestNips::pns : TestNips::pppk;
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 5_000; i++) {
            String nip = next.get();
            Nip parsed = Nip.parse(nip);
            assertThat(parsed.kind()).isEqualTo(kind);
            assertThat(parsed.warnings()).isEmpty();
            assertThat(Nip.parse(TestNips.printed(nip)).value()).isEqualTo(nip);
            assertThat(seen.add(nip)).as("distinct: %s", nip).isTrue();
        }
    }
}
