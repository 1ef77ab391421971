package dev.occam.check;

import java.util.List;
import java.util.Map;

/**
 * The result of checking one spec: the JSON contract of design §3 (see {@code report.JsonWriter}).
 *
 * @param family  the spec's problem.kind (least-squares, classification, ...)
 * @param derived symbolic objects shown by explain and reports: name to {text, tex, mathml}
 * @param tables  spec-family extras for reports (e.g. a table of limits per step size), may be empty
 * @param series  curves across sweep points (e.g. each point's limit against the prediction), may be empty
 */
public record SpecResult(String id, String file, String title, String source, String statement, String expect,
                         String family, Verdict verdict, boolean asExpected, double seconds, String message,
                         PredictionResult prediction, List<PointResult> points, int precision, String tier,
                         Map<String, Map<String, String>> derived, List<Table> tables, List<Series> series) {

    /** A titled table for the report (header row plus data rows of strings). */
    public record Table(String title, List<String> header, List<List<String>> rows) {
    }
}
