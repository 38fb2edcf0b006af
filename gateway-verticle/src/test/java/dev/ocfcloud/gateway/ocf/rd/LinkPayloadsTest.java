package dev.ocfcloud.gateway.ocf.rd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ocfcloud.gateway.RecordedDevice;
import dev.ocfcloud.gateway.coap.message.CoapRequest;
import dev.ocfcloud.gateway.ocf.CborPayloads;
import dev.ocfcloud.model.ResourceHref;
import dev.ocfcloud.model.error.CloudException;
import dev.ocfcloud.model.resource.ResourceLink;
import java.util.List;
import org.junit.jupiter.api.Test;

class LinkPayloadsTest {

    @Test
    void readsTheLinksARealDevicePublishes() {
        CoapRequest publish = RecordedDevice.request("/oic/rd");
        ObjectNode body = CborPayloads.map(publish);

        List<ResourceLink> links = LinkPayloads.read(body.get("links"));

        assertThat(links)
                .extracting(link -> link.href().value())
                .containsExactly("/oic/d", "/oic/p", "/light/1", "/switches", "/oc/con");
        assertThat(links.get(2))
                .isEqualTo(new ResourceLink(
                        ResourceHref.of("/light/1"),
                        List.of("core.light"),
                        List.of("oic.if.rw", "oic.if.baseline"),
                        3,
                        1665536298L));
        assertThat(links.get(1).instanceId()).isEqualTo(2993618677L);
    }

    @Test
    void echoesLinksAsTheDeviceSentThem() {
        ObjectNode body = CborPayloads.map(RecordedDevice.request("/oic/rd"));
        List<ResourceLink> links = LinkPayloads.read(body.get("links"));

        JsonNode echoed = LinkPayloads.write(links);

        assertThat(echoed.toString()).isEqualTo(body.get("links").toString());
    }

    @Test
    void refusesHrefsThatAreNotPlainPaths() {
        ObjectNode link = CborPayloads.newMap().put("href", "/a/../b");
        assertThatThrownBy(() -> LinkPayloads.read(
                        CborPayloads.mapper().createArrayNode().add(link)))
                .isInstanceOf(CloudException.class);
    }

    @Test
    void refusesAnInsOutsideUint32() {
        ObjectNode link = CborPayloads.newMap().put("href", "/a").put("ins", 1L << 32);
        assertThatThrownBy(() -> LinkPayloads.read(
                        CborPayloads.mapper().createArrayNode().add(link)))
                .isInstanceOf(CloudException.class);
    }

    @Test
    void assignsAnInsWhenTheDeviceSentNone() {
        ObjectNode link = CborPayloads.newMap().put("href", "/a");
        assertThat(LinkPayloads.read(CborPayloads.mapper().createArrayNode().add(link))
                        .get(0)
                        .instanceId())
                .isBetween(1L, LinkPayloads.MAX_INS);
    }
}
