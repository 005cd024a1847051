package id.asn.localstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.asn.localstack.DemoNips.Gender;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DemoNipsTest {

    @ParameterizedTest(name = "PNS born {0}, TMT {1}, {2} -> {3}")
    @CsvSource({
            "1986-09-26, 2015-05, MALE,   198609262015051001",
            "1990-04-22, 2015-03, FEMALE, 199004222015032001",
            "1999-12-31, 2025-12, FEMALE, 199912312025122001",
    })
    void aPnsNipIsBirthDateTmtGenderAndTheFirstSequence(LocalDate birth, YearMonth tmt, Gender gender,
                                                        String expected) {
        assertEquals(expected, new DemoNips().pns(birth, tmt, gender));
    }

    @ParameterizedTest(name = "PPPK born {0}, appointed {1}, contract {2}, {3} -> {4}")
    @CsvSource({
            "2000-12-31, 2024, 1, MALE,   200012312024211001",
            "1985-01-15, 2022, 3, FEMALE, 198501152022232001",
    })
    void anNiPppkCarriesTheAppointmentYearTheMarker2AndTheContractNumber(LocalDate birth, int year, int contract,
                                                                         Gender gender, String expected) {
        assertEquals(expected, new DemoNips().pppk(birth, year, contract, gender));
    }

    @Test
    void theSequenceCountsUpPerFifteenDigitPrefixOnly() {
        DemoNips nips = new DemoNips();
        LocalDate birth = LocalDate.of(1986, 9, 26);

        assertEquals("198609262015051001", nips.pns(birth, YearMonth.of(2015, 5), Gender.MALE));
        assertEquals("198609262015051002", nips.pns(birth, YearMonth.of(2015, 5), Gender.MALE));
        assertEquals("198609262015052001", nips.pns(birth, YearMonth.of(2015, 5), Gender.FEMALE));
    }

    @Test
    void aReservedNumberIsNeverHandedOutAgain() {
        DemoNips nips = new DemoNips();
        nips.reserve("197803152005011001");

        assertEquals("197803152005011002", nips.pns(LocalDate.of(1978, 3, 15), YearMonth.of(2005, 1), Gender.MALE));
    }

    @Test
    void rule3TheTmtMustFollowTheBirthDate() {
        DemoNips nips = new DemoNips();
        assertThrows(IllegalArgumentException.class,
                () -> nips.pns(LocalDate.of(1990, 5, 1), YearMonth.of(1990, 5), Gender.MALE));
        assertThrows(IllegalArgumentException.class,
                () -> nips.pppk(LocalDate.of(1990, 5, 1), 1990, 1, Gender.MALE));
    }

    @Test
    void theContractNumberOfAnNiPppkIsOneToNine() {
        assertThrows(IllegalArgumentException.class,
                () -> new DemoNips().pppk(LocalDate.of(1990, 5, 1), 2022, 0, Gender.MALE));
    }
}
