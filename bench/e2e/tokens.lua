-- wrk script: cycles through the tokens in the file named by TOKENS (one a line), one per request,
-- as `Authorization: Bearer <token>` on the URL's path. Each wrk thread starts at a different offset.
local tokens = {}
local i = 0

init = function(args)
  for line in io.lines(os.getenv("TOKENS")) do
    if #line > 0 then tokens[#tokens + 1] = line end
  end
  i = math.random(#tokens)
end

request = function()
  i = i % #tokens + 1
  return wrk.format("GET", nil, { ["Authorization"] = "Bearer " .. tokens[i] })
end
