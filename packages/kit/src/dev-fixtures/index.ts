/**
 * Development fixtures: the demo users and their password, the OAuth clients registered in
 * development, and the demo event. Every service's seed and development defaults, the scripts and the
 * tests import them from here, so that no service reads another service's source for them and no
 * script copies an id. Development only: nothing outside development may rely on them.
 * The test speech is in @ilenia/speech-engines/testing (it runs flite and sox).
 */
export { demoEvent, demoEventId, demoChannelId } from './demo-event.js';
export { demoPassword, demoUserIds, demoUsers, type DemoUser } from './demo-users.js';
export { developmentClients } from './development-clients.js';
