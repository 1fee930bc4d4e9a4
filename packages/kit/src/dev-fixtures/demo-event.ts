import { demoUserIds } from './demo-users.js';

/**
 * The demo event the events service seeds in development: fixed ids, so that the live services,
 * `make demo-talk` and people trying the platform can find it, and its content, so that every one of
 * them describes the same event.
 */
export const demoEvent = {
  id: '00000000-0000-4000-8000-0000000000e1',
  title: 'Ilenia demo: live subtitles from English into Spanish',
  description: 'A demo event seeded at development start-up: speakers speak English, listeners read Spanish subtitles.',
  timezone: 'Europe/Madrid',
  organiserId: demoUserIds.manager,
  listenerIds: [demoUserIds.listener1, demoUserIds.listener2],
  channel: {
    id: '00000000-0000-4000-8000-0000000000c1',
    name: 'Main stage',
    sourceLanguage: 'en',
    targetLanguages: ['es'],
    speakerIds: [demoUserIds.speaker1, demoUserIds.speaker2],
  },
} as const;

export const demoEventId = demoEvent.id;
export const demoChannelId = demoEvent.channel.id;
