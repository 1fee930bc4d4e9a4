/**
 * The one place that decides which speak and listen implementation a route uses. `VITE_BROADCAST_LIVEKIT`
 * is replaced at build time, so the implementation not chosen (and LiveKit's client) never reaches the
 * bundle; each implementation is its own lazily loaded chunk.
 */
import { lazy, type ComponentType } from 'react';

/** The routes render either implementation without props (the props are test seams). */
type View = ComponentType<object>;

export type BroadcastMode = 'websocket' | 'livekit';

export const broadcastMode: BroadcastMode = import.meta.env.VITE_BROADCAST_LIVEKIT === 'true' ? 'livekit' : 'websocket';

export const ListenView = lazy<View>(() =>
  broadcastMode === 'livekit' ? import('./livekit/LiveKitListenPage.js') : import('../listen/ListenPage.js'),
);

export const SpeakView = lazy<View>(() =>
  broadcastMode === 'livekit' ? import('./livekit/LiveKitSpeakPage.js') : import('../speak/SpeakPage.js'),
);
