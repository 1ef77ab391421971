package dev.occam.spec;

/** 1-based line and column in a spec file. */
public record Position(int line, int column) {}
