package dev.ocfcloud.model.query;

import dev.ocfcloud.model.OwnerId;

/**
 * A question to the read models. Every query names the owner asking: answers only ever contain
 * that owner's devices, and another owner's device is indistinguishable from a missing one.
 */
public sealed interface DirectoryQuery
        permits GetDevice, ListDevices, ListResourceLinks, GetResource, ListResources, ListPendingRequests {
    OwnerId owner();
}
