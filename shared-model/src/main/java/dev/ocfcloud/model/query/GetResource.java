package dev.ocfcloud.model.query;

import dev.ocfcloud.model.OwnerId;
import dev.ocfcloud.model.ResourceId;

/**
 * The shadow of one resource: answered with a {@link ResourceView}, {@code device.not_found} or
 * {@code resource.not_found} (not published, or never reported yet).
 */
public record GetResource(OwnerId owner, ResourceId resourceId) implements DirectoryQuery {}
