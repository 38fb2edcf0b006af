/** What devices keep across restarts (identity, tokens, published {@code ins}) and the file it lives in. */
package dev.ocfcloud.simulator.state;
