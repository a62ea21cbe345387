-- Optimistic write of one botbuilder storage item.
-- KEYS[1] item key
-- ARGV[1] expected eTag ("*" or "" = write unconditionally), ARGV[2] new eTag, ARGV[3] JSON document, ARGV[4] TTL seconds
-- Returns 1 on success, -1 when the stored eTag differs (another instance wrote first).
local expected = ARGV[1]
if expected ~= '*' and expected ~= '' then
  local current = redis.call('HGET', KEYS[1], 'etag')
  if current and current ~= expected then
    return -1
  end
end
redis.call('HSET', KEYS[1], 'etag', ARGV[2], 'doc', ARGV[3])
redis.call('EXPIRE', KEYS[1], tonumber(ARGV[4]))
return 1
