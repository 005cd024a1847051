package id.asn.appraisal.calibration;

import id.asn.appraisal.calibration.CalibrationViews.CalibrationView;
import id.asn.appraisal.calibration.DistributionCurveRule.Share;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
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

    static byte[] png(CalibrationView view) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        String unit = "Unit (" + view.rated() + " ASN)";
        String curve = "Kurva " + view.capaian();
        for (Share share : view.distribution()) {
            String label = share.predikat().name().replace('_', ' ');
            data.addValue(share.actualPercent(), unit, label);
            data.addValue(share.curvePercent(), curve, label);
        }
        JFreeChart chart = ChartFactory.createBarChart("Sebaran predikat " + view.unitId() + " terhadap kurva "
                + view.capaian(), "Predikat kinerja", "Persen", data, PlotOrientation.VERTICAL, true, false, false);
        chart.setBackgroundPaint(Color.WHITE);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
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
}
