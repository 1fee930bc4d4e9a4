/** The room of one channel of one event: every service computes it from the two ids. */
export function roomNameOf(eventId: string, channelId: string): string {
  return `event-${eventId.toLowerCase()}-channel-${channelId.toLowerCase()}`;
}

const uuid = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const roomNamePattern = new RegExp(`^event-(${uuid})-channel-(${uuid})$`);

/** The event and channel a room name stands for; undefined for rooms that do not follow the convention. */
export function parseRoomName(name: string): { eventId: string; channelId: string } | undefined {
  const match = roomNamePattern.exec(name);
  return match ? { eventId: match[1]!, channelId: match[2]! } : undefined;
}
