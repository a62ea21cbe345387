--[[ claim-case: one atomic claim, so racing staff on any instance can never both win.
KEYS[1] case hash   KEYS[2] events stream
KEYS[3 + 4i .. 6 + 4i] for the i-th queue of ARGV[1] (0-based): queue zset, claimed zset, waits zset, closed zset
ARGV[1] queue names, comma-separated (order of the key triplets)   ARGV[2] staff name
ARGV[3] now ISO   ARGV[4] now epoch ms   ARGV[5] waits window ms (older waits are dropped)
ARGV[6] events max length
Returns {1} claimed; {2} already held by this staff member (no change);
{-1} missing; {-2, holder} claimed by someone else; {-3} closed. ]]
local function slot(name)
  local i = 0
  for q in string.gmatch(ARGV[1], '[^,]+') do
    if q == name then return 3 + i * 4 end
    i = i + 1
  end
  error('unknown queue ' .. tostring(name))
end

local c = redis.call('HMGET', KEYS[1], 'status', 'claimedBy', 'queue', 'priority', 'createdAtMs', 'enqueuePosition')
local status, holder, queue, priority = c[1], c[2], c[3], c[4]
if not status then return {-1} end
if status == 'closed' then return {-3} end
if status == 'claimed' then
  if holder == ARGV[2] then return {2} end
  return {-2, holder}
end

local s = slot(queue)
local now = tonumber(ARGV[4])
local id = redis.call('HGET', KEYS[1], 'id')
redis.call('ZREM', KEYS[s], id)
redis.call('ZADD', KEYS[s + 1], now, id)
redis.call('HSET', KEYS[1], 'status', 'claimed', 'claimedBy', ARGV[2], 'claimedAt', ARGV[3], 'updatedAt', ARGV[3])
local waitSeconds = math.floor((now - tonumber(c[5])) / 1000)
if waitSeconds < 0 then waitSeconds = 0 end
redis.call('ZADD', KEYS[s + 2], now, id .. ':' .. waitSeconds .. ':' .. (c[6] or '1'))
redis.call('ZREMRANGEBYSCORE', KEYS[s + 2], '-inf', '(' .. (now - tonumber(ARGV[5])))
redis.call('XADD', KEYS[2], 'MAXLEN', '~', ARGV[6], '*', 'type', 'case.claimed', 'caseId', id,
  'queue', queue, 'priority', priority, 'at', ARGV[3], 'actor', ARGV[2])
return {1}
