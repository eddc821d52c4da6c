-- wrk script for the load test: every connection walks through the addresses listed in the file named by
-- LOAD_PATHS (one path per line), each thread starting at a different place, then prints one summary line.
local paths = {}
local counter = 0
local threads = 0

setup = function(thread)
  thread:set("id", threads)
  threads = threads + 1
end

init = function(args)
  for line in io.lines(os.getenv("LOAD_PATHS")) do
    if line ~= "" then paths[#paths + 1] = line end
  end
  counter = ((id or 0) * 7919) % #paths
end

request = function()
  counter = counter % #paths + 1
  return wrk.format("GET", paths[counter], {["Accept-Encoding"] = "gzip"})
end

done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    'BENCH_JSON {"requests": %d, "duration_us": %d, "bytes": %d, "connect": %d, "read": %d, ' ..
    '"write": %d, "status": %d, "timeout": %d, "p50_us": %d, "p90_us": %d, "p99_us": %d, ' ..
    '"mean_us": %.1f, "max_us": %d}\n',
    summary.requests, summary.duration, summary.bytes, e.connect, e.read, e.write, e.status, e.timeout,
    latency:percentile(50), latency:percentile(90), latency:percentile(99), latency.mean, latency.max))
end
