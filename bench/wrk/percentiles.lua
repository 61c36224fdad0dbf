-- GET with wrk's -H headers and the Cookie header given after "--" (may be empty); prints p50, p95 and p99 and the non-2xx count.
local headers = {}

function init(args)
  for name, value in pairs(wrk.headers) do
    headers[name] = value
  end
  if args[1] and args[1] ~= "" then
    headers["Cookie"] = args[1]
  end
end

function request()
  return wrk.format("GET", nil, headers)
end

function done(summary, latency, requests)
  io.write(string.format("p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, non-2xx %d, errors %d\n",
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    summary.errors.status, summary.errors.connect + summary.errors.read + summary.errors.write
      + summary.errors.timeout))
end
