-- wrk script: complete 30-odd-answer assessments are created (each with its own Idempotency-Key
-- and period) and then submitted. Created ids queue up; each request either submits a queued one
-- or creates a new one, so about half the requests are submissions.
local token = os.getenv("TOKEN")
local answers = os.getenv("ANSWERS")
-- ministries registered for this run only, so periods never collide with earlier runs
local ministries = {}
for code in string.gmatch(os.getenv("MINISTRIES"), "[^,]+") do
  table.insert(ministries, code)
end
local queue = {}
local counter = 0

local threads = {}

-- each thread gets its own id (a global, set before init) so keys and periods never coincide
local next_id = 0

function setup(thread)
  next_id = next_id + 1
  thread:set("thread_id", next_id)
  table.insert(threads, thread)
end

-- per-status counters are plain globals: wrk copies only simple values between threads
local known = {200, 201, 400, 401, 403, 404, 409, 412, 413, 422, 429, 500, 503}

function done(summary, latency, requests)
  for _, status in ipairs(known) do
    local total = 0
    for _, thread in ipairs(threads) do
      total = total + (thread:get("s" .. status) or 0)
    end
    if total > 0 then
      io.write(string.format("status %d: %d\n", status, total))
    end
  end
end

function init(args)
  -- threads count in disjoint ranges of a million, from a random point so runs do not repeat
  math.randomseed(os.time())
  counter = thread_id * 1000000 + math.random(0, 999) * 1000
end

function request()
  local id = table.remove(queue)
  if id then
    return wrk.format("POST", "/api/v1/assessments/" .. id .. "/submit",
      {["Authorization"] = "Bearer " .. token}, nil)
  end
  counter = counter + 1
  local ministry = ministries[(counter % #ministries) + 1]
  local n = math.floor(counter / #ministries)
  local period = string.format("%04d-Q%d", 1000 + (math.floor(n / 4) % 9000), (n % 4) + 1)
  local body = string.format('{"ministryCode":"%s","frameworkCode":"SES-READINESS","frameworkVersion":1,"period":"%s","answers":%s}',
    ministry, period, answers)
  return wrk.format("POST", "/api/v1/assessments", {
    ["Authorization"] = "Bearer " .. token,
    ["Content-Type"] = "application/json",
    -- the run's first ministry code makes keys of different runs differ: a key reused within its
    -- 24 hours with another body is (rightly) refused with 422
    ["Idempotency-Key"] = string.format("bench-%s-%d-%d", ministries[1], thread_id, counter)
  }, body)
end

function response(status, headers, body)
  _G["s" .. status] = (_G["s" .. status] or 0) + 1
  if status == 201 then
    local location = headers["Location"] or headers["location"]
    if location then
      table.insert(queue, location:match("([0-9a-f%-]+)$"))
    end
  end
end
