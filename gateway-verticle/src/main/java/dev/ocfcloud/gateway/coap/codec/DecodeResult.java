package dev.ocfcloud.gateway.coap.codec;

/** What the decoder made of one frame: a message, or the reason it is not one. */
public sealed interface DecodeResult permits Decoded, Malformed {}
