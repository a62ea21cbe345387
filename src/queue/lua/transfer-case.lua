--[[ transfer-case: back to waiting in another queue, keeping the case's age (its sequence); clears the claim.
KEYS[1] case hash   KEYS[2] events stream
KEYS[3 + 4i .. 6 + 4i] for the i-th queue of ARGV[1] (0-based): queue zset, claimed zset, waits zset, closed zset
ARGV[1] queue names, comma-separated   ARGV[2] priorities, most urgent first, comma-separated
ARGV[3] target queue   ARGV[4] actor   ARGV[5] now ISO   ARGV[6] events max length
Returns {1} transferred; {-1} missing; {-3} closed. ]]
local c = redis.call('HMGET', KEYS[1], 'status', 'queue', 'priority', 'seq', 'id')
local status, queue, priority, seq, id = c[1], c[2], c[3], c[4], c[5]
if not status then return {-1} end
if status == 'closed' then return {-3} end

local from = 3 + indexOf(ARGV[1], queue) * 4
local to = 3 + indexOf(ARGV[1], ARGV[3]) * 4
redis.call('ZREM', KEYS[from], id)
redis.call('ZREM', KEYS[from + 1], id)
redis.call('ZADD', KEYS[to], indexOf(ARGV[2], priority) * 4294967296 + tonumber(seq), id)
redis.call('HDEL', KEYS[1], 'claimedBy', 'claimedAt')
-- noticedPosition 0: the waiting room tells the new place on its next tick.
redis.call('HSET', KEYS[1], 'queue', ARGV[3], 'status', 'waiting', 'updatedAt', ARGV[5], 'noticedPosition', '0')
redis.call('XADD', KEYS[2], 'MAXLEN', '~', ARGV[6], '*', 'type', 'case.transferred', 'caseId', id,
  'queue', ARGV[3], 'priority', priority, 'at', ARGV[5], 'actor', ARGV[4])
return {1}
