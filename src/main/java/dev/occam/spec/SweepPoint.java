package dev.occam.spec;

import java.util.List;
import java.util.Map;

/**
 * One point of a spec's sweep grid: the parameter values (dotted path to the value's text, in the
 * order the sweep lists them) and the sections with those values substituted. A spec without a
 * sweep has exactly one point with no parameters. Sections are fresh per point, so each point's
 * builders read and {@link Section#finish()} them independently.
 */
public record SweepPoint(
        Map<String, String> parameters,
        Section problem,
        Section algorithm,
        Section prediction,
        List<Section> claims) {}
