package dev.ocfcloud.api.oauth.store;

/** Where a one-time code came from; both are redeemed with {@code grant_type=authorization_code}. */
public enum CodeKind {
    /** From {@code /oauth/authorize}: bound to one client, its redirect URI and PKCE challenge. */
    AUTHORIZATION,
    /** From {@code /oauth/onboarding-codes}: given to a device as CoAPCloudConf {@code at}. */
    ONBOARDING
}
