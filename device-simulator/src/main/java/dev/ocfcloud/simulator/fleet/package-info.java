/** Many simulated devices per process: event loops, source addresses, connect rate, shutdown. */
package dev.ocfcloud.simulator.fleet;
