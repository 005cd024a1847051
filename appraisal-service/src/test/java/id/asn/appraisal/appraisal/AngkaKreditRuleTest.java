package id.asn.appraisal.appraisal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link AngkaKreditRule}: the jenjang's coefficient times the predikat's share, docs/domain.md §3.10. */
class AngkaKreditRuleTest {

    @ParameterizedTest(name = "{0} at {1} % -> {2}")
    @CsvSource(textBlock = """
            # coefficient, share, angka kredit
            12.5,          150,   18.750
            12.5,          100,   12.500
            25,            75,    18.750
            37.5,          50,    18.750
            3.75,          25,    0.938
            50,            150,   75.000
            """)
    void givesTheShareOfTheCoefficient(BigDecimal coefficient, int share, BigDecimal expected) {
        assertThat(AngkaKreditRule.angkaKredit(coefficient, share)).isEqualTo(expected);
    }
}
