--[[ raise-case: raise a case's priority (never lower it), set the crisis flag, re-score it if waiting,
and publish case.escalated (also when nothing changed: a new crisis message must still alert staff).
KEYS[1] case hash   KEYS[2] events stream
KEYS[3 + 4i .. 6 + 4i] for the i-th queue of ARGV[1] (0-based): queue zset, claimed zset, waits zset, closed zset
ARGV[1] queue names, comma-separated   ARGV[2] priorities, most urgent first, comma-separated
ARGV[3] requested priority   ARGV[4] crisis ("1" sets the flag)   ARGV[5] actor   ARGV[6] now ISO
ARGV[7] events max length
Returns {1} done; {-1} missing; {-3} closed. ]]
local c = redis.call('HMGET', KEYS[1], 'status', 'queue', 'priority', 'seq', 'id')
local status, queue, priority, seq, id = c[1], c[2], c[3], c[4], c[5]
if not status then return {-1} end
if status == 'closed' then return {-3} end

local rank = indexOf(ARGV[2], priority)
local wanted = indexOf(ARGV[2], ARGV[3])
if wanted < rank then
  rank = wanted
  priority = ARGV[3]
  redis.call('HSET', KEYS[1], 'priority', priority)
  if status == 'waiting' then
    redis.call('ZADD', KEYS[3 + indexOf(ARGV[1], queue) * 4], 'XX', rank * 4294967296 + tonumber(seq), id)
  end
end
if ARGV[4] == '1' then redis.call('HSET', KEYS[1], 'crisis', '1') end
redis.call('HSET', KEYS[1], 'updatedAt', ARGV[6])
redis.call('XADD', KEYS[2], 'MAXLEN', '~', ARGV[7], '*', 'type', 'case.escalated', 'caseId', id,
  'queue', queue, 'priority', priority, 'at', ARGV[6], 'actor', ARGV[5])
return {1}
