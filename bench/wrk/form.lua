-- POST /assessments as the questionnaire does: one visitor's session cookie and CSRF token, answers that pass
-- validation, so every request stores an assessment and is answered 303. Arguments: cookie header, CSRF token.
local function encode(s)
  return (s:gsub("[^%w%-_%.~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

local headers, body

function init(args)
  headers = {["Content-Type"] = "application/x-www-form-urlencoded", ["Cookie"] = args[1]}
  body = "_csrf=" .. encode(args[2]) .. "&network=wrk+form&unit=Sales&employees=1000&monthlyActiveUsers=300"
    .. "&contentCreators=4&creatorsMostlyOfficial=true&benefits=IDEAS&benefits=KNOWLEDGE&_benefits=on"
    .. "&workRelatedShare=95&improvement=BETTER&example=" .. encode("Помогло найти экспертов")
end

function request()
  return wrk.format("POST", "/assessments", headers, body)
end
