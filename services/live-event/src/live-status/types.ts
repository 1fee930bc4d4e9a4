/**
 * What a manager sees of an event while it is live, as the instances of the service share it: each
 * instance's listener presence (replaced wholesale, expiring unless refreshed), and per channel the
 * stage timings of its latest finals (recognition and translation from the instance that published
 * them, delivery from every instance that handed them to listeners).
 */
import type { ChannelKey } from '../distribution/types.js';

/** The listener connections of one event on one instance. */
export interface PresenceSnapshot {
  /** Open listener connections of the event, subscribed or not. */
  connections: number;
  /** Per channel id: its subscribed connections, and per language those that receive it. */
  channels: Record<string, { listeners: number; languages: Record<string, number> }>;
}

/** One final in one language, as its publisher saw it. */
export interface PublishedFinal {
  sessionId: string;
  sequence: number;
  language: string;
  isSource: boolean;
  recognitionMs: number;
  /** Null for the source language. */
  translationMs: number | null;
  emittedAt: string;
}

/** A final's timings as stored: what the publisher recorded, and the delivery of each instance. */
export interface FinalTimings {
  sequence: number;
  /** Per language published so far, as its publisher recorded it. */
  languages: Record<string, Omit<PublishedFinal, 'sequence' | 'language'>>;
  /** Per language: the delivery time each instance measured. */
  deliveries: Record<string, number[]>;
}

/** Where the instances keep what {@link PresenceSnapshot} and {@link FinalTimings} hold. */
export interface LiveStatusStore {
  /** Replaces this instance's presence in the event (null: none left); it expires unless written again. */
  writePresence(instanceId: string, eventId: string, snapshot: PresenceSnapshot | null): Promise<void>;
  /** The presence of every instance that wrote one for the event and has not expired. */
  readPresence(eventId: string): Promise<PresenceSnapshot[]>;
  /** Records a final as published (any language). */
  recordFinal(channel: ChannelKey, final: PublishedFinal): Promise<void>;
  /** Records how long this instance took to hand a final to its listeners of `language`. */
  recordDelivery(
    instanceId: string,
    channel: ChannelKey,
    delivery: { sequence: number; language: string; deliveryMs: number },
  ): Promise<void>;
  /** The channel's latest finals, newest first. */
  latestFinals(channel: ChannelKey, limit: number): Promise<FinalTimings[]>;
  close(): Promise<void>;
}

/** How long presence survives without a refresh, and timings without a new final. */
export interface LiveStatusTimes {
  presenceTtlMs: number;
  finalsTtlMs: number;
  /** How many finals per channel are kept. */
  finalsKept: number;
}

export const defaultLiveStatusTimes: LiveStatusTimes = { presenceTtlMs: 30_000, finalsTtlMs: 3_600_000, finalsKept: 50 };
