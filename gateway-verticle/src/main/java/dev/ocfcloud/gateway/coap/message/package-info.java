/**
 * Immutable CoAP messages as they travel over TCP: {@link dev.ocfcloud.gateway.coap.message.CoapMessage}
 * and its kinds (requests, responses, RFC 8323 signals, the empty message, unrecognized codes), with
 * their token, options and payload. Knows nothing of sockets or sessions.
 */
package dev.ocfcloud.gateway.coap.message;
