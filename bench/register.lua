-- wrk script: posts the public registration form with a fresh address each time.
-- The form token, its cookie and the start stamp come from one real page load (run.sh).
local counter = 0
local thread_id = 0
local threads = {}
-- Answers that acknowledged a registration (303 to the thanks page), per thread: run.sh
-- compares their sum with the registrations the database holds afterwards.
acknowledged = 0

function setup(thread)
  thread:set("id", #threads)
  table.insert(threads, thread)
end

function init(args)
  thread_id = id
end

request = function()
  counter = counter + 1
  -- RUN_ID (set by run.sh for each wrk run) keeps addresses unique across runs: wrk's
  -- math.random is not seeded, so without it every run repeated the same addresses, and
  -- a repeat costs a read instead of a registration.
  local email = string.format("bench-%s-%d-%d@example.org", os.getenv("RUN_ID"), thread_id, counter)
  local body = string.format(
    "csrf_token=%s&started=%s&name=Bench+Participant&email=%s&organization=ACV-CSC&country=BE&language=en&consent=yes",
    os.getenv("CSRF"), os.getenv("STARTED"), email)
  return wrk.format("POST", os.getenv("FORM_PATH"), {
    ["Content-Type"] = "application/x-www-form-urlencoded",
    ["Cookie"] = os.getenv("COOKIE"),
  }, body)
end

response = function(status, headers, body)
  if status == 303 then
    acknowledged = acknowledged + 1
  else
    io.stderr:write("unexpected status " .. status .. "\n")
  end
end

done = function(summary, latency, requests)
  local total = 0
  for _, thread in ipairs(threads) do
    total = total + thread:get("acknowledged")
  end
  io.write(string.format("acknowledged %d\n", total))
end
