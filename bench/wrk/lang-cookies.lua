-- GET / with a different, made-up lang cookie on every request (lang=x<thread>q<n>): an attacker trying to make the
-- server keep one rendered questionnaire per "language". Each thread stops after PER_THREAD answers (wrk's first
-- script argument, 5,000 by default), so two threads send 10,000 distinct cookies.
local thread_count = 0
local per_thread = 5000
local sent = 0
local answered = 0

function setup(thread)
  thread:set("id", thread_count)
  thread_count = thread_count + 1
end

function init(args)
  if args[1] then per_thread = tonumber(args[1]) end
end

function request()
  sent = sent + 1
  return wrk.format("GET", "/", {["Cookie"] = "lang=x" .. id .. "q" .. sent})
end

function response(status, headers, body)
  answered = answered + 1
  if answered >= per_thread then
    wrk.thread:stop()
  end
end
