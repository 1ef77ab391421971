package dev.occam.report;

import java.util.List;

/**
 * A titled table as the reports lay it out (header row plus data rows of strings), and as the
 * JSON's "tables" has it.
 */
public record Table(String title, List<String> header, List<List<String>> rows) {}
