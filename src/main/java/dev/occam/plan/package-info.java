/**
 * Spec to plan: each section's {@code kind} is looked up in the registry ({@code Kinds}) and built
 * by its builder into problem, algorithm, predictor and claims, once per sweep point, when the spec
 * is loaded ({@link dev.occam.plan.Planner}). A plan is immutable; checking never builds. It may
 * depend on claim and everything below it (spec, symbolic, numeric, problem, algorithm,
 * prediction); check, cli and testkit use it.
 */
package dev.occam.plan;
