package dev.ocfcloud.simulator.metrics;

/** Why something a device tried did not work, as counted in the summary. */
public enum FailureReason {
    CONNECT_FAILED("TCP connect failed"),
    ONBOARDING_CODE_UNAVAILABLE("no onboarding code could be obtained"),
    SIGN_UP_UNAUTHORIZED("4.01 on sign-up: the device would wipe its cloud configuration"),
    SIGN_UP_REJECTED("sign-up answered with another error or unusable body (cps=failed, clec=1)"),
    SIGN_IN_UNAUTHORIZED("4.01 on sign-in"),
    SIGN_IN_REJECTED("sign-in answered with another error or unusable body: reconnect"),
    REFRESH_UNAUTHORIZED("4.01 on token refresh: the device would wipe its cloud configuration"),
    REFRESH_REJECTED("token refresh answered with another error or unusable body (clec=3)"),
    CONFIG_WIPED("4.01 on sign-in without a refresh token: the device would wipe its cloud configuration"),
    PUBLISH_REJECTED("publish not answered exactly 2.04 with links: they stay pending"),
    PUBLISH_UNANSWERED("publish timed out: the links stay pending"),
    SERVICE_UNAVAILABLE_RETRY("5.03/5.04 answer, retried"),
    TIMEOUT_RETRY("request timed out, retried"),
    RETRIES_EXHAUSTED("retries ran out: reconnect"),
    SIGN_OUT_FAILED("sign-out failed"),
    DEREGISTER_FAILED("deregistration answered with an error"),
    CLOSED_BY_CLOUD("connection closed by the cloud"),
    RELEASED_BY_CLOUD("7.04 Release from the cloud"),
    ABORTED_BY_CLOUD("7.05 Abort from the cloud"),
    MALFORMED_FRAME("malformed frame from the cloud: the device closed the connection"),
    PONG_MISSED("no Pong within the ping timeout"),
    KEEPALIVE_FAILED("six Pongs missed in a row: reconnect"),
    MESSAGE_TOO_LARGE("message larger than the cloud's Max-Message-Size not sent");

    private final String description;

    FailureReason(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
