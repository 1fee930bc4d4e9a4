/** {@link LiveStatusStore} of a single instance (no `REDIS_URL`): maps with the same expiry rules. */
import { channelKeyString } from '../distribution/broadcast-codec.js';
import type { ChannelKey } from '../distribution/types.js';
import { settle } from '../settle.js';
import {
  defaultLiveStatusTimes,
  type FinalTimings,
  type LiveStatusStore,
  type LiveStatusTimes,
  type PresenceSnapshot,
  type PublishedFinal,
} from './types.js';

interface PresenceEntry {
  snapshot: PresenceSnapshot;
  expiresAt: number;
}

interface StoredFinal extends FinalTimings {
  expiresAt: number;
}

export class InProcessLiveStatusStore implements LiveStatusStore {
  private readonly presence = new Map<string, Map<string, PresenceEntry>>();
  private readonly finals = new Map<string, Map<number, StoredFinal>>();
  private readonly times: LiveStatusTimes;

  constructor(
    times: Partial<LiveStatusTimes> = {},
    private readonly now: () => number = Date.now,
  ) {
    this.times = { ...defaultLiveStatusTimes, ...times };
  }

  writePresence(instanceId: string, eventId: string, snapshot: PresenceSnapshot | null): Promise<void> {
    return settle(() => this.writePresenceNow(instanceId, eventId, snapshot));
  }

  readPresence(eventId: string): Promise<PresenceSnapshot[]> {
    return settle(() => this.readPresenceNow(eventId));
  }

  recordFinal(channel: ChannelKey, final: PublishedFinal): Promise<void> {
    return settle(() => {
      const { sequence, language, ...timings } = final;
      this.final(channel, sequence).languages[language] = timings;
    });
  }

  recordDelivery(
    _instanceId: string,
    channel: ChannelKey,
    delivery: { sequence: number; language: string; deliveryMs: number },
  ): Promise<void> {
    return settle(() => {
      const final = this.final(channel, delivery.sequence);
      (final.deliveries[delivery.language] ??= []).push(delivery.deliveryMs);
    });
  }

  latestFinals(channel: ChannelKey, limit: number): Promise<FinalTimings[]> {
    return settle(() => this.latestFinalsNow(channel, limit));
  }

  close(): Promise<void> {
    this.presence.clear();
    this.finals.clear();
    return Promise.resolve();
  }

  private writePresenceNow(instanceId: string, eventId: string, snapshot: PresenceSnapshot | null): void {
    let instances = this.presence.get(eventId);
    if (!snapshot) {
      instances?.delete(instanceId);
      if (instances?.size === 0) this.presence.delete(eventId);
      return;
    }
    if (!instances) this.presence.set(eventId, (instances = new Map<string, PresenceEntry>()));
    instances.set(instanceId, { snapshot: structuredClone(snapshot), expiresAt: this.now() + this.times.presenceTtlMs });
  }

  private readPresenceNow(eventId: string): PresenceSnapshot[] {
    const now = this.now();
    return [...(this.presence.get(eventId)?.values() ?? [])]
      .filter((entry) => entry.expiresAt > now)
      .map((entry) => structuredClone(entry.snapshot));
  }

  private latestFinalsNow(channel: ChannelKey, limit: number): FinalTimings[] {
    const now = this.now();
    const finals = [...(this.finals.get(channelKeyString(channel))?.values() ?? [])].filter((final) => final.expiresAt > now);
    return finals
      .sort((a, b) => b.sequence - a.sequence)
      .slice(0, limit)
      .map(({ sequence, languages, deliveries }) => structuredClone({ sequence, languages, deliveries }));
  }

  /** The final's entry (made on first use, its expiry renewed); the channel keeps the newest `finalsKept`. */
  private final(channel: ChannelKey, sequence: number): StoredFinal {
    const key = channelKeyString(channel);
    let finals = this.finals.get(key);
    if (!finals) this.finals.set(key, (finals = new Map<number, StoredFinal>()));
    let final = finals.get(sequence);
    if (!final) {
      final = { sequence, languages: {}, deliveries: {}, expiresAt: 0 };
      finals.set(sequence, final);
      if (finals.size > this.times.finalsKept) {
        const oldest = [...finals.keys()].sort((a, b) => a - b).slice(0, finals.size - this.times.finalsKept);
        for (const old of oldest) finals.delete(old);
      }
    }
    final.expiresAt = this.now() + this.times.finalsTtlMs;
    return final;
  }
}
