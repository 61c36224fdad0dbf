-- POST /api/pulses/{token}/responses with a random valid answer: every request stores one answer (201).
-- Usage: wrk ... -s pulse-answer.lua http://host:port -- TOKEN
local path
local headers = {["Content-Type"] = "application/json"}
local benefits = {"MARKET_INSIGHT", "BEST_PRACTICES", "IDEAS", "KNOWLEDGE", "FASTER_TEAMWORK", "INVOLVEMENT",
  "CUSTOMER_SERVICE", "PARTNERS"}
local levels = {"WORSE", "NO_CHANGE", "SLIGHTLY_BETTER", "BETTER", "MUCH_BETTER"}

function init(args)
  path = "/api/pulses/" .. args[1] .. "/responses"
  math.randomseed(os.time() + math.floor(os.clock() * 1000000))
end

function request()
  local seen = {}
  for i, name in ipairs(benefits) do
    -- Knowledge and ideas are seen by most, the others by a few: a realistic, split unit.
    local chance = (name == "KNOWLEDGE" or name == "IDEAS") and 0.6 or 0.25
    if math.random() < chance then
      seen[#seen + 1] = '"' .. name .. '"'
    end
  end
  local comment = ""
  if math.random() < 0.1 then
    comment = ',"comment":"Answer number ' .. math.random(1, 1000000) .. ': помогает найти экспертов"'
  end
  local body = '{"benefits":[' .. table.concat(seen, ",") .. '],"improvement":"' .. levels[math.random(1, 5)]
    .. '","workRelatedShare":' .. math.random(0, 100) .. comment .. '}'
  return wrk.format("POST", path, headers, body)
end

function done(summary, latency, requests)
  io.write(string.format("p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, non-2xx %d, errors %d\n",
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    summary.errors.status, summary.errors.connect + summary.errors.read + summary.errors.write
      + summary.errors.timeout))
end
