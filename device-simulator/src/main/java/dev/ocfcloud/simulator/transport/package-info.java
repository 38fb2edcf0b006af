/**
 * The device's end of CoAP over TCP (RFC 8323): one {@link dev.ocfcloud.simulator.transport.CloudConnection}
 * per connection, built on the gateway's codec, and requests framed as iotivity-lite frames them.
 */
package dev.ocfcloud.simulator.transport;
