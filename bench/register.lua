-- wrk script: posts the public registration form with a fresh address each time.
-- The form token, its cookie and the start stamp come from one real page load (run.sh).
local counter = 0
local thread_id = 0
local threads = {}

function setup(thread)
  thread:set("id", #threads)
  table.insert(threads, thread)
end

function init(args)
  thread_id = id
end

request = function()
  counter = counter + 1
  local email = string.format("bench-%d-%d-%d@example.org", thread_id, counter, math.random(1, 1e9))
  local body = string.format(
    "csrf_token=%s&started=%s&name=Bench+Participant&email=%s&organization=ACV-CSC&country=BE&language=en&consent=yes",
    os.getenv("CSRF"), os.getenv("STARTED"), email)
  return wrk.format("POST", os.getenv("FORM_PATH"), {
    ["Content-Type"] = "application/x-www-form-urlencoded",
    ["Cookie"] = os.getenv("COOKIE"),
  }, body)
end

response = function(status, headers, body)
  if status ~= 303 then
    io.stderr:write("unexpected status " .. status .. "\n")
  end
end
