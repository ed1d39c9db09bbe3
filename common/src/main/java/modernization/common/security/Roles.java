package modernization.common.security;

/** The realm roles of Keycloak realm {@code modernization}, as used in {@code @RolesAllowed}. */
public final class Roles {

    public static final String UNDP_STAFF = "undp-staff";
    public static final String ADVISOR = "advisor";
    public static final String MINISTRY_USER = "ministry-user";
    public static final String PARTNER_APP = "partner-app";
    /** Services that hand their outbox events to webhook-service (the {@code event-relay} client). */
    public static final String EVENT_PUBLISHER = "event-publisher";

    /** The {@code ministry} claim that Keycloak puts in a ministry user's access token. */
    public static final String MINISTRY_CLAIM = "ministry";

    private Roles() {
    }
}
