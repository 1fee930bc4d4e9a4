/**
 * The Lua scripts of the Redis bus. Each runs atomically in Redis, which is what makes "a final is in
 * history before it is delivered" and "per channel, delivery in publish order" hold across instances.
 *
 * Keys of a channel (one hash tag, so a cluster keeps them on one slot):
 * - `<prefix>{<event>:<channel>}:history`: sorted set of finals and gaps (JSON), scored by sequence
 *   (a gap at `after_sequence + 0.5`), trimmed to the last `limit` sequences, expiring after `ttl`;
 * - `<prefix>{<event>:<channel>}:meta`: hash with `seq` (the sequence counter), `published` (the
 *   highest sequence appended), `floor` (the highest sequence no longer held), `session_id`, `state`;
 * - `<prefix>{<event>:<channel>}:broadcast`: the pub/sub channel.
 */

/**
 * KEYS: history, meta. ARGV: pub/sub channel, payload, score, sequence ('' for a gap), limit, ttl.
 * A history that expired (or never existed) while finals were published means everything published
 * so far is gone: the floor rises to the last published sequence before this one is added.
 */
export const appendAndPublishScript = `
local published = tonumber(redis.call('HGET', KEYS[2], 'published') or '0')
local floor = tonumber(redis.call('HGET', KEYS[2], 'floor') or '0')
if redis.call('EXISTS', KEYS[1]) == 0 and published > floor then floor = published end
redis.call('ZADD', KEYS[1], ARGV[3], ARGV[2])
if ARGV[4] ~= '' then
  local sequence = tonumber(ARGV[4])
  if sequence > published then published = sequence end
end
local limitFloor = published - tonumber(ARGV[5])
if limitFloor > floor then floor = limitFloor end
redis.call('HSET', KEYS[2], 'published', published, 'floor', floor)
if floor > 0 then redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', floor) end
redis.call('EXPIRE', KEYS[1], ARGV[6])
redis.call('PUBLISH', ARGV[1], ARGV[2])
return published
`;

/** KEYS: meta. ARGV: pub/sub channel, payload, session id, state. */
export const recordSessionAndPublishScript = `
redis.call('HSET', KEYS[1], 'session_id', ARGV[3], 'state', ARGV[4])
redis.call('PUBLISH', ARGV[1], ARGV[2])
return 1
`;

/**
 * KEYS: history, meta. ARGV: after sequence. Answers {held, published, floor, members...} read at one
 * instant, so `truncated` and the members agree. `held` is 0 when the history expired.
 */
export const readHistoryScript = `
local held = redis.call('EXISTS', KEYS[1])
local published = redis.call('HGET', KEYS[2], 'published') or '0'
local floor = redis.call('HGET', KEYS[2], 'floor') or '0'
local members = redis.call('ZRANGEBYSCORE', KEYS[1], '(' .. ARGV[1], '+inf')
return {held, published, floor, members}
`;
