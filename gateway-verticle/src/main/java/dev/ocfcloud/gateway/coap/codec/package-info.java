/**
 * The CoAP-over-TCP wire format (RFC 8323 §3.2 framing, RFC 7252 §3.1 options): {@link
 * dev.ocfcloud.gateway.coap.codec.CoapDecoder} turns a chunked byte stream into {@link
 * dev.ocfcloud.gateway.coap.codec.DecodeResult}s, {@link dev.ocfcloud.gateway.coap.codec.CoapEncoder}
 * writes messages back. No connection or session logic lives here.
 */
package dev.ocfcloud.gateway.coap.codec;
