# Shared by the benchmark scripts (source it): the JDK 25, tokens and the data the scenarios need.

# Maven, the services and the benchmarks' own Java (bench/roadmap.sh) run on a JDK 25, found as up.sh finds it
source "$(dirname "${BASH_SOURCE[0]}")/../deploy/local/lib.sh"
use_jdk

# token <user>: an access token of the demo realm (modernization-cli, password grant)
token() {
  curl -fsS --retry 3 --retry-delay 1 -d grant_type=password -d client_id=modernization-cli -d username="$1" -d password=demo-password \
    http://localhost:8180/realms/modernization/protocol/openid-connect/token | sed -E 's/.*"access_token":"([^"]+)".*/\1/'
}

# register_ministries <code prefix> <assessment-service url>: 24 ministries of this run only (so the
# periods of its assessments never collide with earlier runs); prints their codes, comma-separated.
# Uses $TOKEN.
register_ministries() {
  local prefix=$1$(( RANDOM % 900000 + 100000 )) url=$2 i
  for i in $(seq -w 1 24); do
    curl -fsS -o /dev/null -X POST -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
      -d "{\"code\":\"$prefix-$i\",\"government\":\"KRG\",\"name\":{\"en\":\"Benchmark ministry $prefix-$i\"}}" \
      "$url/api/v1/ministries" && echo -n "$prefix-$i,"
  done
}

# full_answers <assessment-service url>: an answer with evidence for every criterion of
# SES-READINESS v1, at a level fixed per criterion (1 to 4), as JSON. Uses $TOKEN.
full_answers() {
  curl -fsS --retry 3 --retry-delay 1 -H "Authorization: Bearer $TOKEN" "$1/api/v1/frameworks/SES-READINESS/versions/1" \
    | python3 -c 'import json,sys,random; v=json.load(sys.stdin); print(json.dumps([{"criterionCode":c["code"],"level":random.Random(c["code"]).randint(1,4),"evidence":"Decree 2026/17, annex "+c["code"]} for a in v["areas"] for c in a["criteria"]]))'
}

# government_assessment <government> <assessment-service url>: a validated government assessment of
# SES-READINESS v2 (its government-scope criteria, answered with evidence) in a period of this run
# only, which roadmap generation needs. Uses $TOKEN.
government_assessment() {
  local answers id
  answers=$(curl -fsS --retry 3 --retry-delay 1 -H "Authorization: Bearer $TOKEN" "$2/api/v1/frameworks/SES-READINESS/versions/2" \
    | python3 -c 'import json,sys,random; v=json.load(sys.stdin); print(json.dumps([{"criterionCode":c["code"],"level":random.Random(c["code"]).randint(1,4),"evidence":"Cabinet decision 2026/3, annex "+c["code"]} for a in v["areas"] for c in a["criteria"] if c.get("scope") == "GOVERNMENT"]))')
  id=$(curl -fsS -X POST -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
    -d "{\"government\":\"$1\",\"frameworkCode\":\"SES-READINESS\",\"frameworkVersion\":2,\"period\":\"$((RANDOM % 8000 + 1000))\",\"answers\":$answers}" \
    "$2/api/v1/assessments" | sed -E 's/^\{"id":"([^"]+)".*/\1/')
  curl -fsS -o /dev/null -X POST -H "Authorization: Bearer $TOKEN" "$2/api/v1/assessments/$id/submit"
  curl -fsS -o /dev/null -X POST -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
    -d '{"decision":"VALIDATE"}' "$2/api/v1/assessments/$id/review"
}
