/**
 * Writes checked results as JSON, Markdown and HTML reports with PNG plots. It may depend on check
 * (the results), certify and numeric; only cli uses it.
 */
package dev.occam.report;
