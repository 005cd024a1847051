package id.asn.training.effectiveness;

import id.asn.platform.charts.BarChartPng;
import id.asn.training.effectiveness.EffectivenessViews.InstitutionEffect;
import java.util.List;

/**
 * Institutions as a PNG bar chart (docs/domain.md §2.8): per institution, how far its participants' gaps narrowed
 * next to how far the comparable groups' did, best effect first, so that hr-admin sees whose programmes close gaps.
 */
final class EffectivenessChart {

    static final int WIDTH = 900;
    static final int HEIGHT = 560;
    /** More bars than this no longer read; the JSON report has every institution. */
    static final int MAX_INSTITUTIONS = 12;

    private EffectivenessChart() {
    }

    static byte[] png(List<InstitutionEffect> ranked, Integer year) {
        BarChartPng chart = BarChartPng.titled("Penyempitan gap kompetensi per lembaga"
                + (year == null ? "" : " tahun " + year), "Lembaga pelatihan", "Gap menyempit (level)").horizontal();
        ranked.stream().filter(i -> i.gap().matchedPairs() > 0).limit(MAX_INSTITUTIONS).forEach(i -> chart
                .bar("Peserta", i.institutionName(), i.gap().participantChange())
                .bar("Kelompok pembanding belum ikut", i.institutionName(), i.gap().comparisonChange()));
        return chart.png(WIDTH, HEIGHT);
    }
}
