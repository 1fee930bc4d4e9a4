/**
 * The events service reads only the common configuration (`readCommonConfig` in the kit: port,
 * database, the auth service's issuer and JWKS, CORS); what is its own is the audience its access
 * tokens must carry. Its own variables, when it has some, are read here, once, at start-up.
 */
export const eventsServiceAudience = 'event-service';
