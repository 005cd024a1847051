package id.asn.appraisal.appraisal;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A functional position's yearly angka kredit (PermenPANRB 1/2023; docs/domain.md §3.10): the jenjang's coefficient
 * times the predikat's share (150, 100, 75, 50 or 25 per cent by default), to three decimals.
 */
public final class AngkaKreditRule {

    private AngkaKreditRule() {
    }

    public static BigDecimal angkaKredit(BigDecimal coefficient, int sharePercent) {
        return coefficient.multiply(BigDecimal.valueOf(sharePercent))
                .divide(BigDecimal.valueOf(100), 3, RoundingMode.HALF_UP);
    }
}
