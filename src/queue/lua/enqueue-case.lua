--[[ enqueue-case: queue a new case, or return the conversation's open case (one open case per conversation).
KEYS[1] conversation link (string → caseId)   KEYS[2] case hash        KEYS[3] queue zset
KEYS[4] sequence counter                        KEYS[5] reference (JSON) KEYS[6] transcript list
KEYS[7] events stream                           KEYS[8] conversation's case index (set)
ARGV[1] case id   ARGV[2] case hash fields (JSON object of strings)   ARGV[3] priority rank
ARGV[4] reference JSON   ARGV[5] transcript entries (JSON array of JSON strings)   ARGV[6] transcript max entries
ARGV[7] events max length   ARGV[8] now ISO   ARGV[9] createdAt epoch ms
Returns {1, caseId} created; {0, openCaseId} the conversation already has an open case; {-6} id taken.
Score = rank × 2^32 + sequence: most urgent first, then oldest. ]]
local existing = redis.call('GET', KEYS[1])
if existing then return {0, existing} end
if redis.call('EXISTS', KEYS[2]) == 1 then return {-6} end

local seq = redis.call('INCR', KEYS[4])
local fields = cjson.decode(ARGV[2])
for field, value in pairs(fields) do redis.call('HSET', KEYS[2], field, value) end
redis.call('ZADD', KEYS[3], tonumber(ARGV[3]) * 4294967296 + seq, ARGV[1])
local position = redis.call('ZRANK', KEYS[3], ARGV[1]) + 1
redis.call('HSET', KEYS[2], 'seq', seq, 'createdAtMs', ARGV[9], 'enqueuePosition', position,
  'noticedPosition', position, 'noticedStillWaiting', '0')

redis.call('SET', KEYS[1], ARGV[1])
redis.call('SET', KEYS[5], ARGV[4])
local entries = cjson.decode(ARGV[5])
for _, entry in ipairs(entries) do redis.call('RPUSH', KEYS[6], entry) end
if #entries > 0 then redis.call('LTRIM', KEYS[6], -tonumber(ARGV[6]), -1) end
redis.call('SADD', KEYS[8], ARGV[1])
redis.call('PERSIST', KEYS[8])
redis.call('XADD', KEYS[7], 'MAXLEN', '~', ARGV[7], '*', 'type', 'case.queued', 'caseId', ARGV[1],
  'queue', fields['queue'], 'priority', fields['priority'], 'at', ARGV[8], 'actor', 'user')
return {1, ARGV[1]}
