package dev.ocfcloud.launcher.role;

import dev.ocfcloud.aggregate.AggregateVerticle;
import dev.ocfcloud.aggregate.ownership.KafkaGroupOwnership;
import dev.ocfcloud.aggregate.shard.ShardLimits;
import dev.ocfcloud.aggregate.store.KafkaEventStore;
import dev.ocfcloud.launcher.config.AggregateSettings;
import dev.ocfcloud.launcher.config.CloudConfig;
import dev.ocfcloud.model.config.EventLogConfig;
import io.vertx.core.DeploymentOptions;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Deploys the write side: aggregate verticles that share the events topic's partitions through
 * one Kafka consumer group, each writing its partitions with per-partition transactional
 * producers.
 */
final class AggregateRole implements RoleDeployer {
    /** Shared by every aggregate process of one cloud: fencing works only within one prefix. */
    static final String TRANSACTIONAL_ID_PREFIX = "ocf-aggregate";

    static final String OWNERSHIP_GROUP = "ocf-aggregate-owners";

    @Override
    public Future<StartedRole> deploy(Vertx vertx, CloudConfig config) {
        EventLogConfig log = config.kafka().eventLog();
        AggregateSettings settings = config.aggregate();
        return vertx.deployVerticle(
                        () -> new AggregateVerticle(
                                v -> new KafkaEventStore(
                                        v, log, TRANSACTIONAL_ID_PREFIX, settings.transactionTimeout()),
                                v -> new KafkaGroupOwnership(
                                        v, log, OWNERSHIP_GROUP, settings.ownershipSessionTimeout()),
                                ShardLimits.DEFAULTS,
                                Clock.systemUTC(),
                                settings.gatewayLease()),
                        new DeploymentOptions().setInstances(settings.instances()))
                .map(id -> new StartedRole(Role.AGGREGATE, List.of(id), Optional.empty()));
    }
}
