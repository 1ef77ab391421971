/**
 * Writes checked results as JSON, Markdown and HTML reports with PNG plots, and is the only place
 * where results become text (figures, legends, tables). It may depend on result, certify and
 * numeric; cli uses it, and testkit uses it for its failure messages.
 */
package dev.occam.report;
