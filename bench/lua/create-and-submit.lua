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
local thread_id = 0
local statuses = {}

local threads = {}

function setup(thread)
  thread:set("thread_id", math.random(1, 1000000))
  table.insert(threads, thread)
end

function done(summary, latency, requests)
  local totals = {}
  for _, thread in ipairs(threads) do
    for status, count in pairs(thread:get("statuses")) do
      totals[status] = (totals[status] or 0) + count
    end
  end
  for status, count in pairs(totals) do
    io.write(string.format("status %d: %d\n", status, count))
  end
end

function init(args)
  math.randomseed(os.time() + thread_id)
  counter = math.random(0, 4000000)
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
    ["Idempotency-Key"] = string.format("bench-%d-%d", thread_id, counter)
  }, body)
end

function response(status, headers, body)
  statuses[status] = (statuses[status] or 0) + 1
  if status == 201 then
    local location = headers["Location"] or headers["location"]
    if location then
      table.insert(queue, location:match("([0-9a-f%-]+)$"))
    end
  end
end
