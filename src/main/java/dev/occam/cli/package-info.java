/**
 * The {@code occam} command line (check, list, explain, new) over picocli, with its exit codes. It
 * is the top layer: it may depend on every other occam package, and none depends on it.
 */
package dev.occam.cli;
