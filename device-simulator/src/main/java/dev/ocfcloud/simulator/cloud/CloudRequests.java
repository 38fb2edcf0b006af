package dev.ocfcloud.simulator.cloud;

import dev.ocfcloud.gateway.coap.message.CoapRequest;
import dev.ocfcloud.simulator.cbor.Cbor;
import dev.ocfcloud.simulator.resource.Resource;
import dev.ocfcloud.simulator.transport.OcfRequests;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The device→cloud requests with the bodies iotivity-lite sends, keys in its order (PROTOCOL.md §1.1,
 * [IL api/cloud/oc_cloud_access.c, rd_client.c]; checked against {@code plain-fake.conn1.rx.bin}).
 */
public final class CloudRequests {
    public static final String ACCOUNT = "/oic/sec/account";
    public static final String SESSION = "/oic/sec/session";
    public static final String TOKEN_REFRESH = "/oic/sec/tokenrefresh";
    public static final String PUBLISH = "/oic/rd?rt=oic.wk.rdpub";

    /** [IL oc_cloud_deregister.c]: the access token goes into the query only if 38 + its length ≤ 181. */
    private static final int HEADER_ROOM = 181 - 38;

    private CloudRequests() {}

    public static CoapRequest signUp(String di, String code, Optional<String> authProvider) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("di", di);
        authProvider.ifPresent(provider -> body.put("authprovider", provider));
        body.put("accesstoken", code);
        body.put("devicetype", "device");
        return OcfRequests.post(ACCOUNT, Cbor.encode(body));
    }

    /** Sign-in ({@code login: true}) or sign-out ({@code login: false}). */
    public static CoapRequest session(String di, CloudCredentials credentials, boolean login) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("uid", credentials.uid());
        body.put("di", di);
        body.put("accesstoken", credentials.accessToken());
        body.put("login", login);
        return OcfRequests.post(SESSION, Cbor.encode(body));
    }

    public static CoapRequest refresh(String di, CloudCredentials credentials, Optional<String> authProvider) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("uid", credentials.uid());
        body.put("di", di);
        authProvider.ifPresent(provider -> body.put("authprovider", provider));
        body.put("granttype", "refresh_token");
        body.put("refreshtoken", credentials.refreshToken());
        return OcfRequests.post(TOKEN_REFRESH, Cbor.encode(body));
    }

    /** {@code DELETE /oic/sec/account?uid=…&di=…[&accesstoken=…]}, one Uri-Query per argument. */
    public static CoapRequest deregister(String di, CloudCredentials credentials, boolean withAccessToken) {
        String query = "uid=" + credentials.uid() + "&di=" + di;
        if (withAccessToken) {
            query += "&accesstoken=" + credentials.accessToken();
        }
        return OcfRequests.delete(ACCOUNT + "?" + query);
    }

    /** Whether iotivity-lite would put the access token into the deregistration query. */
    public static boolean accessTokenFitsDeregistration(String di, CloudCredentials credentials) {
        String query = "uid=" + credentials.uid() + "&di=" + di + "&accesstoken=" + credentials.accessToken();
        return query.length() <= HEADER_ROOM;
    }

    /** {@code POST /oic/rd?rt=oic.wk.rdpub} {@code {di, n, ttl: 0, links: [{href, rt, if, rel, ins, p: {bm}}]}}. */
    public static CoapRequest publish(String di, String name, List<Resource> resources, Map<String, Long> ins) {
        List<Object> links = new ArrayList<>();
        for (Resource resource : resources) {
            Map<String, Object> link = new LinkedHashMap<>();
            link.put("href", resource.href());
            link.put("rt", resource.types());
            link.put("if", resource.interfaces());
            link.put("rel", "hosts");
            link.put("ins", ins.get(resource.href()));
            link.put("p", Map.of("bm", resource.policyBitmask()));
            links.add(link);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("di", di);
        body.put("n", name);
        body.put("ttl", 0);
        body.put("links", links);
        return OcfRequests.post(PUBLISH, Cbor.encode(body));
    }
}
