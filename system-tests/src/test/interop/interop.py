"""The interop cases with Python requests (Debian's python3-requests), as a ministry's data team would call.

Reads GATEWAY, TOKEN, OPTION_ID and UPLOAD_FILE from the environment; prints one JSON list of results.
Every call has a 5 s timeout: a response the client cannot frame ends as an error, not a hang.
"""
import json
import os
import sys

import requests

GATEWAY = os.environ["GATEWAY"]
AUTH = {"Authorization": "Bearer " + os.environ["TOKEN"]}
OPTION = GATEWAY + "/api/v1/design-options/" + os.environ["OPTION_ID"]
TIMEOUT = 5
KEPT = ("etag", "content-encoding", "content-length", "transfer-encoding", "www-authenticate", "retry-after",
        "content-type", "location", "ratelimit-limit")
results = []


def record(case, response, **extra):
    headers = {k: response.headers[k] for k in KEPT if k in response.headers}
    results.append({"case": case, "status": response.status_code, "headers": headers, **extra})


def run(case, call):
    try:
        call()
    except Exception as e:  # a timeout or a broken frame is a result too
        results.append({"case": case, "error": type(e).__name__ + ": " + str(e)})


def conditional_get():
    etag = requests.get(OPTION, headers=AUTH, timeout=TIMEOUT).headers["ETag"]
    r = requests.get(OPTION, headers={**AUTH, "If-None-Match": etag}, timeout=TIMEOUT)
    record("conditional-get", r, bodyBytes=len(r.content))


def head():
    r = requests.head(OPTION, headers=AUTH, timeout=TIMEOUT)
    record("head", r, bodyBytes=len(r.content))


def chunked_upload():
    def chunks():
        with open(os.environ["UPLOAD_FILE"], "rb") as f:
            while chunk := f.read(512):
                yield chunk
    # a generator body is sent with Transfer-Encoding: chunked
    r = requests.post(GATEWAY + "/api/v1/assessments", data=chunks(),
                      headers={**AUTH, "Content-Type": "application/json"}, timeout=TIMEOUT)
    record("chunked-upload", r)


def keep_alive():
    with requests.Session() as session:
        statuses = [session.get(GATEWAY + "/api/v1/pillars", headers=AUTH, timeout=TIMEOUT).status_code
                    for _ in range(100)]
        pool = session.get_adapter(GATEWAY).poolmanager.connection_from_url(GATEWAY)
        results.append({"case": "keep-alive", "status": max(set(statuses), key=statuses.count),
                        "statuses": sorted(set(statuses)), "requests": len(statuses),
                        "connections": pool.num_connections})


def gzip():
    r = requests.get(GATEWAY + "/api/v1/design-options?size=100", headers={**AUTH, "Accept-Encoding": "gzip"},
                     timeout=TIMEOUT)
    record("gzip", r, items=len(r.json()))


def too_large():
    body = b'{"pad": "' + b"x" * (1536 * 1024) + b'"}'
    r = requests.post(GATEWAY + "/api/v1/assessments", data=body,
                      headers={**AUTH, "Content-Type": "application/json"}, timeout=TIMEOUT)
    record("too-large", r)


def no_token():
    r = requests.get(GATEWAY + "/api/v1/pillars", timeout=TIMEOUT)
    record("no-token", r)


def rate_limited():
    with requests.Session() as session:
        before = set()
        limit = None
        for _ in range(100_000):
            r = session.get(GATEWAY + "/api/v1/pillars", timeout=TIMEOUT)
            limit = limit or int(r.headers["RateLimit-Limit"])
            if r.status_code == 429:
                record("rate-limited", r, before=sorted(before))
                return
            before.add(r.status_code)
            if len(before) > 1 or r.status_code != 401 or _ > limit + 100:
                break
        results.append({"case": "rate-limited", "error": "no 429 after " + str(_ + 1) + " calls: " + str(sorted(before))})


for name, call in [("conditional-get", conditional_get), ("head", head), ("chunked-upload", chunked_upload),
                   ("keep-alive", keep_alive), ("gzip", gzip), ("too-large", too_large), ("no-token", no_token),
                   ("rate-limited", rate_limited)]:
    run(name, call)
json.dump(results, sys.stdout)
