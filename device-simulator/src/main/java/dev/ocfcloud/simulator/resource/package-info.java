/** The resources a simulated device hosts: links, properties, interfaces, and how updates apply. */
package dev.ocfcloud.simulator.resource;
