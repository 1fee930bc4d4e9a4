/**
 * A room's state for React: its connection status in the WebSocket views' words, and a counter that
 * moves whenever its participants or tracks change, so a view re-reads them.
 */
import { ConnectionState, RoomEvent } from 'livekit-client';
import { useEffect, useReducer, useState } from 'react';
import type { ConnectionStatus } from '../reconnecting-socket.js';
import { connectionStatusOf, type LiveKitRoom } from './room.js';

const participantEvents = [
  RoomEvent.ParticipantConnected,
  RoomEvent.ParticipantDisconnected,
  RoomEvent.TrackPublished,
  RoomEvent.TrackUnpublished,
  RoomEvent.TrackSubscribed,
  RoomEvent.TrackUnsubscribed,
  RoomEvent.AudioPlaybackStatusChanged,
] as const;

export function useRoomEvents(room: LiveKitRoom | undefined): { status: ConnectionStatus; roomVersion: number } {
  const [status, setStatus] = useState<ConnectionStatus>('connecting');
  const [roomVersion, changed] = useReducer((version: number) => version + 1, 0);
  useEffect(() => {
    if (!room) return;
    const onState = () => {
      setStatus(connectionStatusOf(room.state));
      changed();
    };
    room.on(RoomEvent.ConnectionStateChanged, onState);
    // The room may have moved before this effect subscribed (connect() starts as the room is set):
    // start from its state now. A new room being joined is "connecting", not its initial "disconnected".
    setStatus(room.state === ConnectionState.Disconnected ? 'connecting' : connectionStatusOf(room.state));
    for (const event of participantEvents) room.on(event, changed);
    return () => {
      room.off(RoomEvent.ConnectionStateChanged, onState);
      for (const event of participantEvents) room.off(event, changed);
    };
  }, [room]);
  return { status, roomVersion };
}
