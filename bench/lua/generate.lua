-- wrk script: POST a roadmap generation; the body (BODY) and the token (TOKEN) come from the environment
wrk.method = "POST"
wrk.body = os.getenv("BODY")
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer " .. os.getenv("TOKEN")
