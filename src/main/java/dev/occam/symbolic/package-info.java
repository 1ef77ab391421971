/**
 * Formulas through Symja: parsing in a sandbox, derivatives, and compilation into evaluators for
 * every numeric tier and for interval enclosures. It may depend only on numeric, whose tiers
 * compiled formulas evaluate in.
 */
package dev.occam.symbolic;
