-- POST /api/assessments with a valid JSON body: every request stores an assessment and is answered 201.
local headers = {["Content-Type"] = "application/json", ["Accept"] = "application/json"}
local body = '{"network":"wrk api","unit":"Sales","employees":1000,"monthlyActiveUsers":300,"contentCreators":4,'
  .. '"creatorsMostlyOfficial":true,"benefits":["IDEAS","KNOWLEDGE"],"workRelatedShare":95,'
  .. '"improvement":"BETTER","example":"Помогло найти экспертов"}'

function request()
  return wrk.format("POST", "/api/assessments", headers, body)
end
