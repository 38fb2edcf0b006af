package dev.ocfcloud.load;

import java.lang.management.ManagementFactory;

/** CPU time used by this whole process (all threads: Vert.x, Kafka broker, clients, GC). */
final class CpuClock {
    private CpuClock() {}

    static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }
}
