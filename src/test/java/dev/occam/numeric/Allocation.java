package dev.occam.numeric;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.ManagementFactory;

/** What a call allocates, measured on the calling thread (skips the test where the JVM cannot). */
public final class Allocation {
    private Allocation() {}

    /** Bytes per call over 5000 calls, after 5000 untimed ones that let the JIT settle. */
    public static double bytesPerCall(Runnable call) {
        var bean = ManagementFactory.getThreadMXBean();
        assumeTrue(bean instanceof com.sun.management.ThreadMXBean);
        var threads = (com.sun.management.ThreadMXBean) bean;
        assumeTrue(threads.isThreadAllocatedMemorySupported());
        threads.setThreadAllocatedMemoryEnabled(true);
        for (int k = 0; k < 5000; k++) call.run();
        long id = Thread.currentThread().getId();
        long before = threads.getThreadAllocatedBytes(id);
        for (int k = 0; k < 5000; k++) call.run();
        return (threads.getThreadAllocatedBytes(id) - before) / 5000.0;
    }
}
