package id.asn.career.record;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** docs/domain.md §5.2.2: the diploma of master data is read by the level leading it, the major after it ignored. */
class EducationLevelTest {

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', value = {
            "S1 | S1", "s1 | S1", "S-1 | S1", "D-IV | D4", "DIII | D3", "D-I | D1", "SMA | SLTA", "SMK | SLTA_KEJURUAN",
            "SMP | SLTP", "SD | SD", "Sarjana Muda | SARJANA_MUDA", "Spesialis 1 | SPESIALIS_1", "Dokter | DOKTER",
            "SLTA Kejuruan | SLTA_KEJURUAN"})
    void theLevelAloneIsReadInItsUsualSpellings(String text, EducationLevel level) {
        assertThat(EducationLevel.parse(text)).contains(level);
    }

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', value = {
            "S1 Psikologi | S1", "D3 Akuntansi | D3", "S-1 Teknik Informatika | S1", "D-IV Keperawatan | D4",
            "S2 Administrasi Publik | S2", "SMA IPA | SLTA", "SMK Teknik Mesin | SLTA_KEJURUAN",
            "Sarjana Muda Hukum | SARJANA_MUDA", "Magister Manajemen | S2", "Doktor Ilmu Pemerintahan | S3",
            "Dokter Umum | DOKTER", "  s1   psikologi  | S1", "S1, Ekonomi | S1", "S1/Hukum | S1"})
    void theLevelLeadingTheMajorIsTheDiploma(String text, EducationLevel level) {
        assertThat(EducationLevel.parse(text)).contains(level);
    }

    @ParameterizedTest(name = "\"{0}\" is not a level")
    @ValueSource(strings = {"Diploma Akuntansi", "Paket C", "Psikologi S1", "Sarjana", "S 1", "Bachelor of Arts"})
    void noLevelLeadingIsUnknownNotAGuess(String text) {
        assertThat(EducationLevel.parse(text)).isEmpty();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void nothingSentIsUnknown(String text) {
        assertThat(EducationLevel.parse(text)).isEmpty();
    }
}
