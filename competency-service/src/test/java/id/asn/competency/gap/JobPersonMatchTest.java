package id.asn.competency.gap;

import static org.assertj.core.api.Assertions.assertThat;

import id.asn.competency.gap.JobPersonMatch.Line;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** docs/domain.md §1.7.1–§1.7.2: gap = required − current; JPM = Σ current ÷ Σ required × 100, not capped. */
class JobPersonMatchTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
        # case                                        | lines (code:required:current)               | jpm
        worked example: administrator, 9 items at 3   | M1:3:3;M2:3:2.5;M3:3:3;M4:3:2;M5:3:3;M6:3:3;M7:3:3;M8:3:2.5;SK1:3:3 | 92.59
        all met exactly                               | M1:3:3;M2:3:3                                | 100.00
        not capped at 100                             | M1:2:3;M2:2:2.5                              | 137.50
        never assessed counts as 0                    | M1:4:4;M2:4:none                             | 50.00
        nothing assessed: no JPM                      | M1:4:none;M2:4:none                          | none
        empty standard: no JPM                        | ''                                           | none
        rounding half up to 2 decimals                | M1:4:1.01;M2:4:none                          | 12.63
        """)
    void jpm(String description, String lines, BigDecimal expected) {
        assertThat(JobPersonMatch.jpm(parse(lines))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "required {0}, current {1} -> gap {2}")
    @CsvSource(nullValues = "none", textBlock = """
        3, 2.50, 0.50, true
        3, 3.00, 0.00, false
        2, 3.25, -1.25, false
        4, none, 4.00, true
        """)
    void gap(int required, BigDecimal current, BigDecimal gap, boolean isShort) {
        Line line = new Line("M1", required, current);
        assertThat(line.gap()).isEqualTo(gap);
        assertThat(line.isShort()).isEqualTo(isShort);
    }

    @Test
    void categoriesFollowTheConfiguredCutOffs() {
        Map<String, BigDecimal> cutOffs = new LinkedHashMap<>();
        cutOffs.put("KURANG_OPTIMAL", BigDecimal.ZERO);
        cutOffs.put("OPTIMAL", new BigDecimal("90"));
        cutOffs.put("CUKUP_OPTIMAL", new BigDecimal("78"));
        JpmCategories categories = new JpmCategories(cutOffs);

        assertThat(categories.categorize(new BigDecimal("138.89"))).isEqualTo("OPTIMAL");
        assertThat(categories.categorize(new BigDecimal("90.00"))).isEqualTo("OPTIMAL");
        assertThat(categories.categorize(new BigDecimal("89.99"))).isEqualTo("CUKUP_OPTIMAL");
        assertThat(categories.categorize(new BigDecimal("78"))).isEqualTo("CUKUP_OPTIMAL");
        assertThat(categories.categorize(new BigDecimal("12.50"))).isEqualTo("KURANG_OPTIMAL");
        assertThat(categories.categorize(null)).isNull();
        assertThat(new JpmCategories(Map.of("OPTIMAL", new BigDecimal("90"))).categorize(BigDecimal.TEN)).isNull();
    }

    private static List<Line> parse(String lines) {
        List<Line> parsed = new ArrayList<>();
        for (String item : lines.split(";")) {
            if (item.isBlank()) {
                continue;
            }
            String[] f = item.split(":");
            parsed.add(new Line(f[0], Integer.parseInt(f[1]), f[2].equals("none") ? null : new BigDecimal(f[2])));
        }
        return parsed;
    }
}
