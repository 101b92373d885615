-- wrk script: counts the answers by HTTP status over all threads and prints
-- one "status <code> <count>" line each at the end, and how many 503 and 429
-- answers came without Retry-After (bench/run.sh, overload).
local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  counts = {}
  noretry = 0
end

function response(status, headers, body)
  counts[status] = (counts[status] or 0) + 1
  if (status == 503 or status == 429) and headers["Retry-After"] == nil and headers["retry-after"] == nil then
    noretry = noretry + 1
  end
end

function done(summary, latency, requests)
  local total, without = {}, 0
  for _, t in ipairs(threads) do
    without = without + t:get("noretry")
    for code, n in pairs(t:get("counts")) do
      total[code] = (total[code] or 0) + n
    end
  end
  for code, n in pairs(total) do
    io.write(string.format("status %d %d\n", code, n))
  end
  io.write(string.format("without-retry-after %d\n", without))
end
