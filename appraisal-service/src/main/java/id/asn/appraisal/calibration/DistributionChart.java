package id.asn.appraisal.calibration;

import id.asn.appraisal.calibration.CalibrationViews.CalibrationView;
import id.asn.appraisal.calibration.DistributionCurveRule.Share;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Draws a unit's predikat distribution next to its curve as a PNG bar chart with JFreeChart (docs/domain.md §3.5):
 * per predikat the unit's share and the curve's, in per cent, so that an HR head sees the difference at a glance.
 */
final class DistributionChart {

    static final int WIDTH = 900;
    static final int HEIGHT = 520;

    private DistributionChart() {
    }

    /** {@code unitName} titles the chart; the unit's id where the projection knows no name. */
    static byte[] png(CalibrationView view, String unitName) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        String unit = "Unit (" + view.rated() + " ASN)";
        String curve = "Kurva " + label(view.capaian().name());
        for (Share share : view.distribution()) {
            String label = label(share.predikat().name());
            data.addValue(share.actualPercent(), unit, label);
            data.addValue(share.curvePercent(), curve, label);
        }
        JFreeChart chart = ChartFactory.createBarChart("Sebaran predikat " + unitName + " terhadap kurva "
                + label(view.capaian().name()), "Predikat kinerja", "Persen", data, PlotOrientation.VERTICAL, true, false, false);
        chart.setBackgroundPaint(Color.WHITE);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        plot.getDomainAxis().setMaximumCategoryLabelLines(2);
        BarRenderer bars = (BarRenderer) plot.getRenderer();
        bars.setBarPainter(new StandardBarPainter());
        bars.setShadowVisible(false);
        bars.setSeriesPaint(0, new Color(0x1565C0));
        bars.setSeriesPaint(1, new Color(0xFFB74D));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ChartUtils.writeChartAsPNG(out, chart, WIDTH, HEIGHT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
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
