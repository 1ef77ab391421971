/**
 * The spec's kinds, one class each: its name, its keys (type, default, one sentence) and its
 * builder from a spec section to a problem, a configured algorithm, a predictor or a claim. {@link
 * dev.occam.plan.kind.Kinds} registers them; docs/spec.schema.json's kind branches and the key
 * tables of docs/spec-format.md are generated from the declarations (a test fails when they drift).
 */
package dev.occam.plan.kind;
