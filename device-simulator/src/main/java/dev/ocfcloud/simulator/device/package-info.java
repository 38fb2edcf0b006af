/** One simulated OCF device: its life cycle, keepalive, reconnection, and the API tests and the CLI drive it with. */
package dev.ocfcloud.simulator.device;
