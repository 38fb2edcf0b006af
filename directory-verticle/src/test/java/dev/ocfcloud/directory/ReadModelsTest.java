package dev.ocfcloud.directory;

import static dev.ocfcloud.directory.Events.ALICE;
import static dev.ocfcloud.directory.Events.BOB;
import static dev.ocfcloud.directory.Events.LAMP;
import static dev.ocfcloud.directory.Events.LAMP_LIGHT;
import static dev.ocfcloud.directory.Events.changed;
import static dev.ocfcloud.directory.Events.online;
import static dev.ocfcloud.directory.Events.published;
import static dev.ocfcloud.directory.Events.registered;
import static dev.ocfcloud.directory.Events.unregistered;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ocfcloud.directory.ReadModels.Outcome;
import dev.ocfcloud.model.resource.ConnectionStatus;
import org.junit.jupiter.api.Test;

class ReadModelsTest {
    private final ReadModels models = new ReadModels();

    @Test
    void eventsApplyInVersionOrder() {
        assertThat(models.apply(registered(ALICE, 1))).isEqualTo(Outcome.APPLIED);
        assertThat(models.apply(online(ALICE, 2))).isEqualTo(Outcome.APPLIED);

        assertThat(models.registry().visible(ALICE, LAMP)).hasValueSatisfying(entry -> {
            assertThat(entry.status()).isEqualTo(ConnectionStatus.ONLINE);
            assertThat(entry.version()).isEqualTo(2);
        });
    }

    @Test
    void aRepeatedEventIsIgnored() {
        models.apply(registered(ALICE, 1));
        models.apply(published(ALICE, 2));
        models.apply(changed(ALICE, 1, 1));
        models.apply(changed(ALICE, 2, 2));

        assertThat(models.apply(changed(ALICE, 1, 1))).isEqualTo(Outcome.DUPLICATE);
        assertThat(models.shadow().entry(LAMP_LIGHT).orElseThrow().contentVersion())
                .isEqualTo(2);
    }

    @Test
    void aGapIsAnAlarmAndIsNotApplied() {
        models.apply(registered(ALICE, 1));

        assertThat(models.apply(published(ALICE, 3))).isEqualTo(Outcome.GAP);
        assertThat(models.gapCount()).isEqualTo(1);
        assertThat(models.registry().entry(LAMP).orElseThrow().links()).isEmpty();
    }

    @Test
    void aDeregisteredDevicesShadowIsNoLongerShownButItsVersionsRemain() {
        models.apply(registered(ALICE, 1));
        models.apply(published(ALICE, 2));
        models.apply(changed(ALICE, 1, 1));
        models.apply(unregistered(ALICE, 3));

        assertThat(models.registry().visible(ALICE, LAMP)).isEmpty();
        assertThat(models.shadow().entry(LAMP_LIGHT).orElseThrow().view()).isEmpty();
        assertThat(models.apply(registered(BOB, 4))).isEqualTo(Outcome.APPLIED);
        assertThat(models.apply(changed(BOB, 2, 5))).isEqualTo(Outcome.APPLIED);
    }

    @Test
    void aReRegisteredDeviceMovesToItsNewOwner() {
        models.apply(registered(ALICE, 1));
        models.apply(unregistered(ALICE, 2));
        models.apply(registered(BOB, 3));

        assertThat(models.registry().visibleTo(ALICE)).isEmpty();
        assertThat(models.registry().visibleTo(BOB)).hasSize(1);
    }

    @Test
    void changesAreTakenOnceForACheckpoint() {
        models.apply(registered(ALICE, 1));
        models.apply(published(ALICE, 2));
        models.apply(changed(ALICE, 1, 1));

        ReadModels.Changes first = models.takeChanges();
        assertThat(first.devices()).hasSize(1);
        assertThat(first.shadows()).hasSize(1);
        assertThat(models.takeChanges().isEmpty()).isTrue();
    }
}
