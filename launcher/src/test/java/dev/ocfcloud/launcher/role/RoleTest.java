package dev.ocfcloud.launcher.role;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RoleTest {
    @Test
    void findsRolesByIdIgnoringCase() {
        assertThat(Role.byId("gateway")).contains(Role.GATEWAY);
        assertThat(Role.byId("API")).contains(Role.API);
        assertThat(Role.byId("cache")).isEmpty();
    }

    @Test
    void startsTheWriteSideFirstAndTheGatewayLast() {
        assertThat(Role.values()).containsExactly(Role.AGGREGATE, Role.DIRECTORY, Role.API, Role.GATEWAY);
    }
}
