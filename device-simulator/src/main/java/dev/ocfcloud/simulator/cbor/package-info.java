/** CBOR encoding and decoding shaped like iotivity-lite's (indefinite-length containers). */
package dev.ocfcloud.simulator.cbor;
