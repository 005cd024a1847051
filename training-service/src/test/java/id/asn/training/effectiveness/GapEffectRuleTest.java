package id.asn.training.effectiveness;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.asn.training.effectiveness.EffectivenessViews.GapChange;
import id.asn.training.effectiveness.GapEffectRule.Pair;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** GapEffectRule, docs/domain.md §2.8: change = gap before − latest gap; effect = change − comparable change. */
class GapEffectRuleTest {

    private static BigDecimal dec(String s) {
        return s == null || s.isBlank() ? null : new BigDecimal(s);
    }

    /** Pairs as "baseline/latest/comparable/comparisonChange;…". */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "closed and narrowed against a small change | 2/0/3/0.1667;1.5/0.5/3/0.1667 | 2 | 1.50 | 2 | 0.17 | 1.33",
            "no change while the others narrowed        | 2/2/4/0.875                   | 1 | 0.00 | 1 | 0.88 | -0.88",
            "a pair without a comparable group          | 2/1/0/-;1/0/2/0.5             | 2 | 1.00 | 1 | 0.50 | 0.50",
            "a gap that widened                         | 1/1.5/1/0                     | 1 | -0.50 | 1 | 0.00 | -0.50",
            "nothing to measure                         | -                             | 0 | -    | 0 | -    | -",
    })
    void measuresTheChangeAgainstTheComparableGroup(String name, String pairs, int count, String change, int matched,
                                                    String comparison, String effect) {
        List<Pair> input = new ArrayList<>();
        if (pairs != null) {
            for (String p : pairs.split(";")) {
                String[] f = p.split("/");
                input.add(new Pair(dec(f[0]), dec(f[1]), Integer.parseInt(f[2]), f[3].equals("-") ? null : dec(f[3])));
            }
        }
        GapChange result = GapEffectRule.of(input);
        assertEquals(count, result.pairs());
        assertEquals(dec(change), result.participantChange());
        assertEquals(matched, result.matchedPairs());
        assertEquals(dec(comparison), result.comparisonChange());
        assertEquals(dec(effect), result.effect());
    }
}
