package id.asn.platform.charts;

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
 * A grouped bar chart written as PNG with JFreeChart in the platform's one style (white, flat bars, blue for the
 * measured series and amber for what it is compared with), so that every report's chart reads the same.
 */
public final class BarChartPng {

    private static final Color[] SERIES = {new Color(0x1565C0), new Color(0xFFB74D), new Color(0x66BB6A)};

    private final String title;
    private final String categoryAxis;
    private final String valueAxis;
    private final DefaultCategoryDataset data = new DefaultCategoryDataset();
    private boolean horizontal;

    private BarChartPng(String title, String categoryAxis, String valueAxis) {
        this.title = title;
        this.categoryAxis = categoryAxis;
        this.valueAxis = valueAxis;
    }

    public static BarChartPng titled(String title, String categoryAxis, String valueAxis) {
        return new BarChartPng(title, categoryAxis, valueAxis);
    }

    /** One bar: series first added is drawn first; a null value leaves a gap rather than a zero bar. */
    public BarChartPng bar(String series, String category, Number value) {
        data.addValue(value, series, category);
        return this;
    }

    /** Categories down the side: for long names such as institutions. */
    public BarChartPng horizontal() {
        this.horizontal = true;
        return this;
    }

    public byte[] png(int width, int height) {
        JFreeChart chart = ChartFactory.createBarChart(title, categoryAxis, valueAxis, data,
                horizontal ? PlotOrientation.HORIZONTAL : PlotOrientation.VERTICAL, true, false, false);
        chart.setBackgroundPaint(Color.WHITE);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        plot.getDomainAxis().setMaximumCategoryLabelLines(2);
        BarRenderer bars = (BarRenderer) plot.getRenderer();
        bars.setBarPainter(new StandardBarPainter());
        bars.setShadowVisible(false);
        for (int i = 0; i < SERIES.length; i++) {
            bars.setSeriesPaint(i, SERIES[i]);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ChartUtils.writeChartAsPNG(out, chart, width, height);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
