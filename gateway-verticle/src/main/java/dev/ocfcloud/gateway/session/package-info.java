/**
 * Per-connection handling of device sockets: {@link dev.ocfcloud.gateway.session.CoapConnection} (the
 * socket glue) and {@link dev.ocfcloud.gateway.session.ConnectionProtocol} (the RFC 8323 rules, pure).
 * The OCF device sessions will be built on these.
 */
package dev.ocfcloud.gateway.session;
