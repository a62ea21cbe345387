--[[ close-case: close (staff) or cancel (user) a case; starts retention and frees the conversation.
KEYS[1] case hash   KEYS[2] events stream   KEYS[3] transcript list   KEYS[4] reference
KEYS[5] conversation link   KEYS[6] conversation's case index
KEYS[7 + 4i .. 10 + 4i] for the i-th queue of ARGV[1] (0-based): queue zset, claimed zset, waits zset, closed zset
ARGV[1] queue names, comma-separated   ARGV[2] outcome   ARGV[3] actor   ARGV[4] now ISO
ARGV[5] retention seconds (case, transcript, reference expire)   ARGV[6] events max length
ARGV[7] event type (case.closed or case.cancelled)   ARGV[8] now epoch ms
Returns {1} closed; {-1} missing; {-3} already closed. ]]
local function slot(name)
  local i = 0
  for q in string.gmatch(ARGV[1], '[^,]+') do
    if q == name then return 7 + i * 4 end
    i = i + 1
  end
  error('unknown queue ' .. tostring(name))
end

local c = redis.call('HMGET', KEYS[1], 'status', 'queue', 'priority', 'id')
local status, queue, priority, id = c[1], c[2], c[3], c[4]
if not status then return {-1} end
if status == 'closed' then return {-3} end

local s = slot(queue)
redis.call('ZREM', KEYS[s], id)
redis.call('ZREM', KEYS[s + 1], id)
redis.call('ZADD', KEYS[s + 3], ARGV[8], id)
-- the closed index forgets cases whose retention is over (their hashes have expired)
redis.call('ZREMRANGEBYSCORE', KEYS[s + 3], '-inf', '(' .. (tonumber(ARGV[8]) - tonumber(ARGV[5]) * 1000))
redis.call('HSET', KEYS[1], 'status', 'closed', 'closedAt', ARGV[4], 'updatedAt', ARGV[4], 'outcome', ARGV[2])
if redis.call('GET', KEYS[5]) == id then redis.call('DEL', KEYS[5]) end
local ttl = tonumber(ARGV[5])
redis.call('EXPIRE', KEYS[1], ttl)
redis.call('EXPIRE', KEYS[3], ttl)
redis.call('EXPIRE', KEYS[4], ttl)
redis.call('EXPIRE', KEYS[6], ttl)
redis.call('XADD', KEYS[2], 'MAXLEN', '~', ARGV[6], '*', 'type', ARGV[7], 'caseId', id,
  'queue', queue, 'priority', priority, 'at', ARGV[4], 'actor', ARGV[3])
return {1}
