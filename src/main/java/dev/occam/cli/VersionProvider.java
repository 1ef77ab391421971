package dev.occam.cli;

import dev.occam.report.ToolVersion;

import picocli.CommandLine.IVersionProvider;

/** "occam 0.1.0" for every command's --version. */
final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {"occam " + ToolVersion.get()};
    }
}
