--[[ prelude: helpers prepended to every case script at load time (lua-scripts.ts), so that each
script reads its own logic only. Redis scripts cannot require one another. ]]
-- 0-based position of `name` in a comma-separated list (queue names, priorities most urgent first).
local function indexOf(list, name)
  local i = 0
  for q in string.gmatch(list, '[^,]+') do
    if q == name then return i end
    i = i + 1
  end
  error('unknown value ' .. tostring(name))
end
