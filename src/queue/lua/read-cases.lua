--[[ read-cases: HGETALL of many case hashes as ONE JSON string. Parsing 10,000 × 30 bulk strings is
what made list() slow in the client; one JSON.parse of the same data is several times cheaper.
KEYS[1..n] case hashes (read only).
Returns JSON: an array with one flat [field, value, ...] array per key ({} for a missing key: cjson
encodes an empty table as an object). ]]
local out = {}
for i, key in ipairs(KEYS) do out[i] = redis.call('HGETALL', key) end
return cjson.encode(out)
