package dev.occam.fuzz;

/**
 * A broken promise of the robustness contract.
 *
 * @param fingerprint stable across runs and seeds for the same defect: the kind of violation and
 *     the defect's message with the case-specific parts (numbers, paths, quoted values) removed
 * @param detail what happened, for the report
 */
record Violation(String fingerprint, String detail) {}
