package dev.ocfcloud.simulator.resource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ResourceTest {
    @Test
    void anUpdateAppliesWholeOrNotAtAllAndTellsTheListenerOnlyOfChanges() {
        Resource light = Resources.light(1, true);
        List<Object> changes = new ArrayList<>();
        light.onChange(resource -> changes.add(resource.property("power")));

        assertThat(light.update(Map.of("power", 5L))).isEqualTo(UpdateOutcome.CHANGED);
        assertThat(light.update(Map.of("power", 5L))).isEqualTo(UpdateOutcome.UNCHANGED);
        assertThat(light.update(Map.of("power", 6L, "name", "x"))).isEqualTo(UpdateOutcome.REJECTED);
        assertThat(changes).containsExactly(5L);
        assertThat(light.property("power")).isEqualTo(5L);
    }

    @Test
    void anIntegerMaySetANumberProperty() {
        Resource sensor = Resources.temperature(1, true);

        sensor.set("temperature", 22);
        assertThat(sensor.property("temperature")).isEqualTo(22L);
        assertThat(Resources.switchBinary(1, true).update(Map.of("value", 1L))).isEqualTo(UpdateOutcome.REJECTED);
    }

    @Test
    void policyBitmaskSaysDiscoverableAndObservable() {
        assertThat(Resources.light(1, true).policyBitmask()).isEqualTo(3);
        assertThat(Resources.light(1, false).policyBitmask()).isEqualTo(1);
    }

    @Test
    void resourceSpecsNameKindAndObservability() {
        assertThat(ResourceSpec.parseList("light, switch:unobservable,,temperature"))
                .containsExactly(
                        new ResourceSpec(ResourceKind.LIGHT, true),
                        new ResourceSpec(ResourceKind.SWITCH, false),
                        new ResourceSpec(ResourceKind.TEMPERATURE, true));
        assertThatThrownBy(() -> ResourceSpec.parse("toaster")).hasMessageContaining("toaster");
    }

    @Test
    void aDeviceHostsOicDAndOicPFirstAndNumbersEachKind() {
        ResourceSet set =
                ResourceSet.forDevice("d", "n", "oic.d.light", "p", ResourceSpec.parseList("switch,switch,light"));

        assertThat(set.all())
                .extracting(Resource::href)
                .containsExactly("/oic/d", "/oic/p", "/switch/1", "/switch/2", "/light/1");
        assertThat(set.get("/oic/d").orElseThrow().types()).containsExactly("oic.d.light", "oic.wk.d");
    }
}
