--[[ erase-conversation: "erase my data": every case of a conversation, open or closed, with its
transcript and reference, the conversation link and the case index. Open cases leave their queue and
publish case.cancelled so that consoles drop them.
KEYS[1] conversation link   KEYS[2] conversation's case index   KEYS[3] events stream
KEYS[4 + 4i .. 7 + 4i] for the i-th queue of ARGV[1] (0-based): queue zset, claimed zset, waits zset, closed zset
then, after the queue keys, for the j-th case of ARGV[4..]: case hash, transcript list, reference
ARGV[1] queue names, comma-separated   ARGV[2] now ISO   ARGV[3] events max length   ARGV[4..] case ids
Returns the number of case hashes deleted. ]]
local function slot(name)
  local i = 0
  for q in string.gmatch(ARGV[1], '[^,]+') do
    if q == name then return 4 + i * 4 end
    i = i + 1
  end
  error('unknown queue ' .. tostring(name))
end
local queues = 0
for _ in string.gmatch(ARGV[1], '[^,]+') do queues = queues + 1 end
local first = 4 + queues * 4

local erased = 0
for j = 4, #ARGV do
  local k = first + (j - 4) * 3
  local c = redis.call('HMGET', KEYS[k], 'status', 'queue', 'priority')
  if c[1] then
    local s = slot(c[2])
    redis.call('ZREM', KEYS[s + 3], ARGV[j])
    if c[1] ~= 'closed' then
      redis.call('ZREM', KEYS[s], ARGV[j])
      redis.call('ZREM', KEYS[s + 1], ARGV[j])
      redis.call('XADD', KEYS[3], 'MAXLEN', '~', ARGV[3], '*', 'type', 'case.cancelled', 'caseId', ARGV[j],
        'queue', c[2], 'priority', c[3], 'at', ARGV[2], 'actor', 'user')
    end
    erased = erased + 1
  end
  redis.call('DEL', KEYS[k], KEYS[k + 1], KEYS[k + 2])
end
redis.call('DEL', KEYS[1], KEYS[2])
return erased
