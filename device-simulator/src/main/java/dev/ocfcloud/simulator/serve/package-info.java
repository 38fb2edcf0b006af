/** Serving the cloud's requests to a device: discovery, GET/POST of resources, observations. */
package dev.ocfcloud.simulator.serve;
