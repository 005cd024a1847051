package id.asn.training.session;

import static org.assertj.core.api.Assertions.assertThat;

import id.asn.training.ledger.JpConversion;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A session's JP from its meetings, docs/domain.md §2.1.2. */
class SessionJpTest {

    private static final JpConversion JP_45_DOWN = new JpConversion(45, RoundingMode.DOWN);

    @ParameterizedTest(name = "meetings {0}, programme JP {1} -> {2} JP")
    @CsvSource(nullValues = "null", value = {
            // 1 JP = 45 minutes over the whole session, rounded down once
            "08:00-12:30,                         null, 6",
            "08:00-08:30 09:00-09:30 10:00-10:30, null, 2",
            "08:00-16:00 08:00-16:00 08:00-16:00, null, 32",
            // a programme that fixes its JP wins over the meetings
            "08:00-09:00,                         24,   24",
            "'',                                  null, 0"})
    void sessionJpDerivesFromMeetingsUnlessFixed(String meetings, BigDecimal programmeJp, BigDecimal expected) {
        List<SessionJp.Slot> slots = meetings.isBlank() ? List.of() : Arrays.stream(meetings.split(" "))
                .map(m -> m.split("-"))
                .map(p -> new SessionJp.Slot(LocalTime.parse(p[0]), LocalTime.parse(p[1])))
                .toList();
        assertThat(SessionJp.of(programmeJp, slots, JP_45_DOWN)).isEqualByComparingTo(expected);
    }
}
