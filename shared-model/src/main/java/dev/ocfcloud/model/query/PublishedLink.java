package dev.ocfcloud.model.query;

import dev.ocfcloud.model.DeviceId;
import dev.ocfcloud.model.resource.ResourceLink;

/** A link as the directory knows it: which device published it. */
public record PublishedLink(DeviceId deviceId, ResourceLink link) {}
