/** Counters and latency histograms shared by all simulated devices of a process. */
package dev.ocfcloud.simulator.metrics;
