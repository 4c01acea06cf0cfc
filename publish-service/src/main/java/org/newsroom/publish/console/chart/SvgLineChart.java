package org.newsroom.publish.console.chart;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Renders time series as a standalone SVG 1.1 line chart: a y axis from zero to a round maximum with four grid
 * lines, time labels (UTC, {@code HH:mm}) under five ticks, one polyline per series (split where a value is
 * {@code NaN}; a lone point is a dot) and a legend. Text is XML-escaped. Pure; thread-safe.
 */
public final class SvgLineChart {

    /** Line colours, in series order (then repeated); distinguishable for the common colour-vision deficiencies. */
    static final List<String> PALETTE = List.of("#0072b2", "#e69f00", "#009e73", "#cc79a7", "#56b4e9", "#d55e00",
            "#f0e442", "#000000");

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    private static final int LEFT = 52;
    private static final int RIGHT = 12;
    private static final int TOP = 28;
    private static final int BOTTOM = 42;

    private SvgLineChart() {
    }

    /**
     * @param title    chart title
     * @param unit     what the y axis counts, e.g. {@code stories/min}
     * @param startMs  start of the first bucket, epoch ms
     * @param stepMs   bucket width, ms; &gt; 0
     * @param series   the lines; all of the same length (at least 1)
     * @param width    SVG width, px
     * @param height   SVG height, px
     * @return the SVG document
     * @throws IllegalArgumentException when series is empty, lengths differ or stepMs ≤ 0
     */
    public static String render(String title, String unit, long startMs, long stepMs, List<ChartSeries> series,
            int width, int height) {
        if (series.isEmpty() || stepMs <= 0) {
            throw new IllegalArgumentException("a chart needs at least one series and a positive step");
        }
        int points = series.get(0).values().length;
        if (points == 0 || series.stream().anyMatch(s -> s.values().length != points)) {
            throw new IllegalArgumentException("every series needs the same, non-zero number of values");
        }
        double max = niceMax(series.stream().flatMapToDouble(s -> Arrays.stream(s.values()))
                .filter(v -> !Double.isNaN(v)).max().orElse(0));
        double plotWidth = width - LEFT - RIGHT;
        double plotHeight = height - TOP - BOTTOM;

        StringBuilder svg = new StringBuilder(4096);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(width).append("\" height=\"")
                .append(height).append("\" viewBox=\"0 0 ").append(width).append(' ').append(height)
                .append("\" role=\"img\" aria-label=\"").append(escape(title)).append("\" font-family=\"sans-serif\"")
                .append(" font-size=\"11\">");
        svg.append("<title>").append(escape(title)).append("</title>");
        svg.append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>");
        svg.append("<text x=\"").append(LEFT).append("\" y=\"16\" font-size=\"13\" font-weight=\"bold\">")
                .append(escape(title)).append("</text>");
        for (int i = 0; i <= 4; i++) {
            double y = TOP + plotHeight - plotHeight * i / 4;
            svg.append("<line x1=\"").append(LEFT).append("\" x2=\"").append(fmt(LEFT + plotWidth)).append("\" y1=\"")
                    .append(fmt(y)).append("\" y2=\"").append(fmt(y)).append("\" stroke=\"#dddddd\"/>");
            svg.append("<text x=\"").append(LEFT - 4).append("\" y=\"").append(fmt(y + 4))
                    .append("\" text-anchor=\"end\">").append(label(max * i / 4)).append("</text>");
        }
        svg.append("<text x=\"").append(width - RIGHT).append("\" y=\"16\" text-anchor=\"end\" fill=\"#555555\">")
                .append(escape(unit)).append("</text>");
        for (int i = 0; i < 5; i++) {
            int index = points == 1 ? 0 : (int) Math.round((points - 1) * i / 4.0);
            double x = x(index, points, plotWidth);
            svg.append("<text x=\"").append(fmt(x)).append("\" y=\"").append(fmt(TOP + plotHeight + 14))
                    .append("\" text-anchor=\"middle\">")
                    .append(TIME.format(Instant.ofEpochMilli(startMs + index * stepMs))).append("</text>");
        }
        for (int s = 0; s < series.size(); s++) {
            String colour = PALETTE.get(s % PALETTE.size());
            double[] values = series.get(s).values();
            StringBuilder line = new StringBuilder();
            for (int i = 0; i <= values.length; i++) {
                if (i == values.length || Double.isNaN(values[i])) {
                    polyline(svg, line, colour);
                    continue;
                }
                double y = TOP + plotHeight - (max == 0 ? 0 : plotHeight * values[i] / max);
                line.append(line.isEmpty() ? "" : " ").append(fmt(x(i, points, plotWidth))).append(',').append(fmt(y));
            }
            double legendX = LEFT + (plotWidth / Math.max(1, series.size())) * s;
            double legendY = height - 8;
            svg.append("<rect x=\"").append(fmt(legendX)).append("\" y=\"").append(fmt(legendY - 8))
                    .append("\" width=\"10\" height=\"10\" fill=\"").append(colour).append("\"/>");
            svg.append("<text x=\"").append(fmt(legendX + 14)).append("\" y=\"").append(fmt(legendY + 1))
                    .append("\">").append(escape(series.get(s).label())).append("</text>");
        }
        return svg.append("</svg>").toString();
    }

    /** A polyline for the points collected so far, or a dot when there is only one (a line would not show). */
    private static void polyline(StringBuilder svg, StringBuilder points, String colour) {
        if (points.isEmpty()) {
            return;
        }
        if (points.indexOf(" ") < 0) {
            String[] xy = points.toString().split(",");
            svg.append("<circle cx=\"").append(xy[0]).append("\" cy=\"").append(xy[1]).append("\" r=\"3\" fill=\"")
                    .append(colour).append("\"/>");
            points.setLength(0);
            return;
        }
        svg.append("<polyline fill=\"none\" stroke=\"").append(colour).append("\" stroke-width=\"2\" points=\"")
                .append(points).append("\"/>");
        points.setLength(0);
    }

    private static double x(int index, int points, double plotWidth) {
        return LEFT + (points == 1 ? plotWidth / 2 : plotWidth * index / (points - 1));
    }

    /** The smallest of 1, 2, 4, 8 × 10ⁿ at or above {@code value} (so that a quarter is round); 1 for zero or less. */
    static double niceMax(double value) {
        if (value <= 0) {
            return 1;
        }
        double magnitude = Math.pow(10, Math.floor(Math.log10(value)));
        for (double step : new double[] {1, 2, 4, 8, 10}) {
            if (step * magnitude >= value) {
                return step * magnitude;
            }
        }
        return 10 * magnitude;
    }

    private static String label(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : fmt(value);
    }

    private static String fmt(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
