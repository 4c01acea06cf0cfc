package org.newsroom.publish.console.chart;

import java.util.Objects;

/**
 * One line of a chart.
 *
 * @param label  legend text; never null
 * @param values one value per time bucket, oldest first; {@code NaN} leaves a gap
 */
public record ChartSeries(String label, double[] values) {

    /** @throws NullPointerException when label or values is null */
    public ChartSeries {
        Objects.requireNonNull(label, "label");
        values = Objects.requireNonNull(values, "values").clone();
    }

    /** From counts. */
    public static ChartSeries of(String label, long[] counts) {
        double[] values = new double[counts.length];
        for (int i = 0; i < counts.length; i++) {
            values[i] = counts[i];
        }
        return new ChartSeries(label, values);
    }

    @Override
    public double[] values() {
        return values.clone();
    }
}
