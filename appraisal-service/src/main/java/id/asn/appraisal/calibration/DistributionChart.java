package id.asn.appraisal.calibration;

import id.asn.appraisal.calibration.CalibrationViews.CalibrationView;
import id.asn.appraisal.calibration.DistributionCurveRule.Share;
import id.asn.platform.charts.BarChartPng;
import java.util.Locale;

/**
 * Draws a unit's predikat distribution next to its curve as a PNG bar chart (platform/charts; docs/domain.md §3.5):
 * per predikat the unit's share and the curve's, in per cent, so that an HR head sees the difference at a glance.
 */
final class DistributionChart {

    static final int WIDTH = 900;
    static final int HEIGHT = 520;

    private DistributionChart() {
    }

    /** {@code unitName} titles the chart; the unit's id where the projection knows no name. */
    static byte[] png(CalibrationView view, String unitName) {
        String unit = "Unit (" + view.rated() + " ASN)";
        String curve = "Kurva " + label(view.capaian().name());
        BarChartPng chart = BarChartPng.titled("Sebaran predikat " + unitName + " terhadap kurva "
                + label(view.capaian().name()), "Predikat kinerja", "Persen");
        for (Share share : view.distribution()) {
            String label = label(share.predikat().name());
            chart.bar(unit, label, share.actualPercent()).bar(curve, label, share.curvePercent());
        }
        return chart.png(WIDTH, HEIGHT);
    }

    /** SANGAT_BAIK → "Sangat Baik", KURANG_MISCONDUCT → "Kurang / Misconduct": the words an HR head reads. */
    static String label(String constant) {
        StringBuilder label = new StringBuilder();
        for (String word : constant.split("_")) {
            if (!label.isEmpty()) {
                label.append(word.equals("MISCONDUCT") ? " / " : " ");
            }
            label.append(word.charAt(0)).append(word.substring(1).toLowerCase(Locale.ROOT));
        }
        return label.toString();
    }
}
