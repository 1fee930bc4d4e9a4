import { describe, expect, it } from 'vitest';
import { finalOf, gapOf, testChannel } from '../../test/distribution/test-messages.js';
import { ChannelHistoryBuffer } from './channel-history.js';

const channel = testChannel();
const sequencesOf = (read: ReturnType<ChannelHistoryBuffer['read']>) =>
  read.entries.map((entry) => (entry.type === 'subtitle_final' ? entry.sequence : `gap${entry.after_sequence}`));

describe('ChannelHistoryBuffer', () => {
  it('keeps the last `limit` sequences in order, even when finals arrive out of order', () => {
    const history = new ChannelHistoryBuffer(3);
    for (const sequence of [1, 2, 4, 3, 5]) history.append(finalOf(channel, sequence, 'en'));
    history.append(gapOf(channel, 4, null));
    expect(sequencesOf(history.read(0, new Set(['en'])))).toEqual([3, 4, 'gap4', 5]);
    expect(history.read(0, new Set(['en'])).truncated).toBe(true);
    expect(history.read(2, new Set(['en'])).truncated).toBe(false);
    expect(history.latestSequence).toBe(5);
  });

  it('forgets an idle channel after its TTL, and says so to whoever resumes', () => {
    const history = new ChannelHistoryBuffer(100, 60_000);
    history.append(finalOf(channel, 1, 'en'), 0);
    history.append(finalOf(channel, 2, 'en'), 1_000);
    expect(sequencesOf(history.read(0, new Set(['en']), 61_000))).toEqual([1, 2]);
    expect(history.read(0, new Set(['en']), 61_001)).toEqual({ entries: [], truncated: true });
    history.append(finalOf(channel, 3, 'en'), 70_000);
    expect(history.read(1, new Set(['en']), 70_000)).toMatchObject({ truncated: true });
    expect(sequencesOf(history.read(2, new Set(['en']), 70_000))).toEqual([3]);
    expect(history.read(2, new Set(['en']), 70_000).truncated).toBe(false);
  });
});
