/** The connection to a joined room, in the WebSocket views' words ("Connected", "Reconnecting…"). */
import { useT } from '../../i18n/i18n.js';
import type { LiveKitRoom } from './room.js';
import { useRoomEvents } from './useRoomEvents.js';

export function RoomConnectionStatus({ room }: { room: LiveKitRoom }) {
  const t = useT();
  const { status } = useRoomEvents(room);
  return <span role="status">{t(`listen.connection.${status}`)}</span>;
}
