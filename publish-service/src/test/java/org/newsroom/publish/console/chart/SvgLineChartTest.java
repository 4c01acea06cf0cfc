package org.newsroom.publish.console.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class SvgLineChartTest {

    private static final long START = Instant.parse("2026-12-01T08:00:00Z").toEpochMilli();

    private static List<String> polylines(String svg) {
        Matcher m = Pattern.compile("<polyline[^>]*points=\"([^\"]*)\"").matcher(svg);
        List<String> result = new ArrayList<>();
        while (m.find()) {
            result.add(m.group(1));
        }
        return result;
    }

    @Test
    void drawsOnePolylinePerSeriesWithOnePointPerValue() {
        String svg = SvgLineChart.render("Stories", "stories/min", START, 60_000,
                List.of(ChartSeries.of("ingest", new long[] {1, 2, 3}), ChartSeries.of("publish", new long[] {0, 1, 3})),
                560, 220);

        assertThat(svg).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"").endsWith("</svg>");
        assertThat(polylines(svg)).hasSize(2).allSatisfy(points -> assertThat(points.split(" ")).hasSize(3));
        assertThat(svg).contains(">ingest</text>", ">publish</text>", ">08:00</text>", ">08:02</text>");
    }

    @Test
    void theHighestValueReachesTheRoundedTopAndZeroLiesOnTheAxis() {
        String svg = SvgLineChart.render("t", "u", START, 60_000, List.of(ChartSeries.of("s", new long[] {0, 8})),
                200, 100);
        // plot from y = 28 (top) to y = 100 - 42 = 58 (axis); max 8 is a round value already
        assertThat(polylines(svg).get(0)).isEqualTo("52.0,58.0 188.0,28.0");
        assertThat(svg).contains(">8</text>", ">2</text>");
    }

    @Test
    void gapsSplitTheLine() {
        String svg = SvgLineChart.render("t", "ms", START, 60_000,
                List.of(new ChartSeries("p95", new double[] {10, 20, Double.NaN, 30, 40})), 300, 120);

        assertThat(polylines(svg)).hasSize(2);
        assertThat(polylines(svg).get(1).split(" ")).hasSize(2);
        assertThat(svg).doesNotContain("<circle");
    }

    @Test
    void aLonePointIsADot() {
        String svg = SvgLineChart.render("t", "ms", START, 60_000,
                List.of(new ChartSeries("p95", new double[] {Double.NaN, 40, Double.NaN})), 200, 100);

        assertThat(polylines(svg)).isEmpty();
        assertThat(svg).contains("<circle cx=\"120.0\" cy=\"28.0\" r=\"3\"");
    }

    @Test
    void allZeroOrEmptySeriesStillRender() {
        String svg = SvgLineChart.render("t", "u", START, 60_000, List.of(ChartSeries.of("s", new long[] {0, 0})),
                200, 100);
        assertThat(polylines(svg).get(0)).isEqualTo("52.0,58.0 188.0,58.0");

        String gaps = SvgLineChart.render("t", "u", START, 60_000,
                List.of(new ChartSeries("s", new double[] {Double.NaN})), 200, 100);
        assertThat(polylines(gaps)).isEmpty();
        assertThat(gaps).doesNotContain("<circle");
    }

    @Test
    void labelsAreEscaped() {
        String svg = SvgLineChart.render("<b>&", "u", START, 60_000,
                List.of(ChartSeries.of("agency \"x\" <script>", new long[] {1})), 200, 100);

        assertThat(svg).doesNotContain("<script>", "<b>").contains("&lt;b&gt;&amp;", "agency &quot;x&quot; &lt;script&gt;");
    }

    @Test
    void roundMaximaAreOneTwoFourOrEightTimesAPowerOfTen() {
        assertThat(SvgLineChart.niceMax(0)).isEqualTo(1);
        assertThat(SvgLineChart.niceMax(5)).isEqualTo(8);
        assertThat(SvgLineChart.niceMax(9)).isEqualTo(10);
        assertThat(SvgLineChart.niceMax(21)).isEqualTo(40);
        assertThat(SvgLineChart.niceMax(120)).isEqualTo(200);
        assertThat(SvgLineChart.niceMax(0.3)).isEqualTo(0.4);
    }

    @Test
    void mismatchedSeriesAreRefused() {
        assertThatThrownBy(() -> SvgLineChart.render("t", "u", START, 60_000,
                List.of(ChartSeries.of("a", new long[] {1}), ChartSeries.of("b", new long[] {1, 2})), 200, 100))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SvgLineChart.render("t", "u", START, 60_000, List.of(), 200, 100))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
