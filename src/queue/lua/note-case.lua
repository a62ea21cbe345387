--[[ note-case: remember what the waiting room told the user, only if the case still exists.
KEYS[1] case hash   ARGV[1] position told   ARGV[2] still-waiting notice sent ("1"/"0")
Returns 1 saved; -1 missing. ]]
if redis.call('EXISTS', KEYS[1]) == 0 then return -1 end
redis.call('HSET', KEYS[1], 'noticedPosition', ARGV[1], 'noticedStillWaiting', ARGV[2])
return 1
