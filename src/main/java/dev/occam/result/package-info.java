/**
 * What a check produces, as records: verdicts, claim, point, prediction and spec results, plot
 * series. It may depend on certify (evidence grades) and numeric; claim, check, report, cli and
 * testkit use it.
 */
package dev.occam.result;
