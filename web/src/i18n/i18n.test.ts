import { describe, expect, it } from 'vitest';
import { translator } from './i18n.js';

describe('translator', () => {
  it('fills placeholders and takes the plural form of the count where the catalogue has one', () => {
    const en = translator('en');
    expect(en('manageSessions.count', { count: 1 })).toBe('1 session');
    expect(en('manageSessions.count', { count: 0 })).toBe('0 sessions');
    expect(en('manageSessions.count', { count: 2 })).toBe('2 sessions');
    expect(en('manageLive.channelListeners', { count: 1 })).toBe('1 listening');
    const es = translator('es');
    expect(es('manageLive.listenersTotal', { count: 1 })).toBe('1 oyente conectado al evento');
    expect(es('manageLive.listenersTotal', { count: 3 })).toBe('3 oyentes conectados al evento');
    expect(es('manage.conflict.people', { count: 1 })).toBe('1 persona');
  });

  it('uses the plain key when the count is not a number', () => {
    expect(translator('en')('manageSessions.count', { count: '1' })).toBe('1 sessions');
  });
});
