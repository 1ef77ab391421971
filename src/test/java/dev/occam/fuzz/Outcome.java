package dev.occam.fuzz;

/**
 * What {@code occam check --no-report FILE} did with one case, in-process.
 *
 * @param exitCode -1 when the command did not finish (it was stopped) or threw
 * @param output stdout and stderr of the command, then anything written to System.out/err
 * @param seconds wall time of the whole command
 * @param thrown what escaped picocli's execute, if anything
 * @param hung the case was still running after its budget and grace, and was stopped
 * @param overrunAt where the case was when its budget ran out ({@link Sampler}), or null
 * @param waited when its budget ran out, the case was waiting for the Symja engine, busy with the
 *     other worker's case
 */
record Outcome(
        int exitCode,
        String output,
        double seconds,
        Throwable thrown,
        boolean hung,
        String overrunAt,
        boolean waited) {}
