/**
 * What a check produces, as records of numbers, enums and typed values: verdicts, claim, point,
 * prediction and spec results, figures, plot series with their roles and legends, the limit table.
 * Only report turns them into text. It may depend on certify (evidence grades) and numeric; claim,
 * check, report, cli and testkit use it.
 */
package dev.occam.result;
