/**
 * How a device registers with the cloud and stays registered: sign-up, sign-in, refresh, publish,
 * sign-out and deregistration with iotivity-lite's bodies, retries and reactions to each answer.
 */
package dev.ocfcloud.simulator.cloud;
