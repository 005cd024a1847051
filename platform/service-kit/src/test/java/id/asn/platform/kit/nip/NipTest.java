package id.asn.platform.kit.nip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.asn.platform.kit.nip.Nip.Gender;
import id.asn.platform.kit.nip.Nip.InvalidNipException;
import id.asn.platform.kit.nip.Nip.Kind;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** docs/domain.md §6: NIP (Perka BKN 22/2007) and NI PPPK, one row per rule. */
class NipTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
        # rule                                   | input                    | kind | birth      | tmt     | contract | gender | seq
        §6.1 example, valid PNS                  | 198609262015051001       | PNS  | 1986-09-26 | 2015-05 | 0        | MALE   | 1
        rule 1: printed with spaces              | 19860926 201505 1 001    | PNS  | 1986-09-26 | 2015-05 | 0        | MALE   | 1
        rule 4: gender digit 2 is female         | 199001012015032007       | PNS  | 1990-01-01 | 2015-03 | 0        | FEMALE | 7
        rule 2: leap day is a real date          | 199202292019121999       | PNS  | 1992-02-29 | 2019-12 | 0        | MALE   | 999
        §6.2 example, valid PPPK                 | 200012312024211001       | PPPK | 2000-12-31 | 2024-01 | 1        | MALE   | 1
        §6.2 second contract                     | 198501012022222015       | PPPK | 1985-01-01 | 2022-01 | 2        | FEMALE | 15
        §6.2 paruh waktu code 24 tolerated       | 199003152025242014       | PPPK | 1990-03-15 | 2025-01 | 4        | FEMALE | 14
        rule 7: gender from digit 15, not NIK +40 | 198609262015052001     | PNS  | 1986-09-26 | 2015-05 | 0        | FEMALE | 1
        """)
    void accepts(String rule, String input, Kind kind, LocalDate birth, YearMonth tmt, int contract, Gender gender,
                 int seq) {
        Nip nip = Nip.parse(input);

        assertThat(nip.value()).hasSize(18).isEqualTo(input.replace(" ", ""));
        assertThat(nip.kind()).isEqualTo(kind);
        assertThat(nip.birthDate()).isEqualTo(birth);
        assertThat(nip.tmt()).isEqualTo(tmt);
        assertThat(nip.contractDigit()).isEqualTo(contract);
        assertThat(nip.gender()).isEqualTo(gender);
        assertThat(nip.sequence()).isEqualTo(seq);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
        # rule                                    | input                  | expected key
        rule 1: letters                           | 19860926201505100A     | nip.digits
        rule 1: letter O for zero                 | 1986O926201505100 1    | nip.digits
        rule 1: spreadsheet exponent form         | 1.98609262015051E+17   | nip.digits
        rule 1: 17 digits                         | 19860926201505100      | nip.length
        rule 1: 19 digits                         | 1986092620150510011    | nip.length
        rule 1: empty                             | ''                     | nip.length
        rule 1: absent                            | NULL                   | nip.length
        rule 2: birth month 13                    | 200013312024211001     | nip.birth-date
        rule 2: 30 February                       | 198602302015051001     | nip.birth-date
        rule 2: 29 February of a common year      | 199102292015051001     | nip.birth-date
        rule 2: day 00                            | 198609002015051001     | nip.birth-date
        rule 3: TMT month 13                      | 19860926201513 1001    | nip.tmt-month
        rule 3: TMT month 00                      | 198609262015001001     | nip.tmt-month
        rule 3: digits 13-14 neither month nor 2x | 198609262015351001     | nip.tmt-month
        rule 3: TMT before birth                  | 198609261985051001     | nip.tmt-before-birth
        rule 3: implausible TMT year              | 190001011949051001     | nip.tmt-year
        rule 3: PPPK year before birth            | 200012311999211001     | nip.tmt-before-birth
        rule 4: gender digit 3                    | 200012312024213001     | nip.gender
        rule 4: gender digit 0                    | 198609262015050001     | nip.gender
        rule 5: sequence 000                      | 198609262015051000     | nip.sequence
        rule 5: PPPK sequence 000                 | 200012312024211000     | nip.sequence
        """)
    void rejects(String rule, String input, String expectedKey) {
        assertThatThrownBy(() -> Nip.parse(input))
                .isInstanceOf(InvalidNipException.class)
                .extracting(e -> ((InvalidNipException) e).rule())
                .isEqualTo(expectedKey);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
        # rule                                 | input              | warned
        rule 6: appointed at 28                | 198609262015051001 | false
        rule 6: appointed at 17                | 199801012015051001 | true
        rule 6: appointed at 45 (e.g. doctor)  | 197001012015051001 | true
        """)
    void warnsAboutUnusualAgeAtAppointment(String rule, String input, boolean warned) {
        assertThat(Nip.parse(input).warnings().contains("nip.warning.age-at-tmt")).isEqualTo(warned);
    }
}
