--[[ append-case: add one entry to a case's capped transcript and publish it as case.message.
KEYS[1] case hash   KEYS[2] transcript list   KEYS[3] events stream
ARGV[1] entry JSON   ARGV[2] transcript max entries   ARGV[3] actor   ARGV[4] entry time ISO
ARGV[5] events max length   ARGV[6] oldest event id to keep (ms): case.message events carry words,
so the stream forgets them after a day even when it is not full
Returns {1} appended; {-1} missing; {-3} closed. ]]
local c = redis.call('HMGET', KEYS[1], 'status', 'queue', 'priority', 'id')
local status, queue, priority, id = c[1], c[2], c[3], c[4]
if not status then return {-1} end
if status == 'closed' then return {-3} end
redis.call('RPUSH', KEYS[2], ARGV[1])
redis.call('LTRIM', KEYS[2], -tonumber(ARGV[2]), -1)
redis.call('HSET', KEYS[1], 'updatedAt', ARGV[4])
redis.call('XADD', KEYS[3], 'MAXLEN', '~', ARGV[5], '*', 'type', 'case.message', 'caseId', id,
  'queue', queue, 'priority', priority, 'at', ARGV[4], 'actor', ARGV[3], 'entry', ARGV[1])
redis.call('XTRIM', KEYS[3], 'MINID', ARGV[6])
return {1}
