package dev.ocfcloud.launcher.config;

import java.time.Duration;

/**
 * The write side in this process.
 *
 * @param instances aggregate verticles in this process; each joins the ownership group and serves
 *     the partitions it is given, on its own event loop
 * @param transactionTimeout how long a dead owner's open transaction may hold readers back
 * @param gatewayLease how long the devices of a gateway process that stopped beating stay online
 * @param ownershipSessionTimeout how long a silent owner keeps its partitions before the group
 *     moves them
 */
public record AggregateSettings(
        int instances, Duration transactionTimeout, Duration ownershipSessionTimeout, Duration gatewayLease) {}
