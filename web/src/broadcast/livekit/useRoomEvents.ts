/**
 * A room's state for React, through @livekit/components-react's hooks: its connection status in the
 * WebSocket views' words, and its remote participants (a new array whenever they or their tracks
 * change, so a view re-reads their publications).
 */
import { useConnectionState, useRemoteParticipants } from '@livekit/components-react';
import { ConnectionState, RoomEvent, type RemoteParticipant } from 'livekit-client';
import type { ConnectionStatus } from '../reconnecting-socket.js';
import { connectionStatusOf, type LiveKitRoom } from './room.js';

const participantEvents = [
  RoomEvent.TrackPublished,
  RoomEvent.TrackUnpublished,
  RoomEvent.TrackSubscribed,
  RoomEvent.TrackUnsubscribed,
  RoomEvent.TrackSubscriptionStatusChanged,
];

export function useRoomEvents(room: LiveKitRoom): { status: ConnectionStatus; participants: RemoteParticipant[] } {
  const state = useConnectionState(room);
  const participants = useRemoteParticipants({ room, updateOnlyOn: participantEvents });
  // A room being joined is "connecting", not its initial "disconnected"; a room lost for good is said
  // so by the view that saw why (its Disconnected event carries the reason).
  return { status: state === ConnectionState.Disconnected ? 'connecting' : connectionStatusOf(state), participants };
}
