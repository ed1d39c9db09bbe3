/**
 * A partner dashboard's first calls, with the generated client:
 *   1. log in as the partner app (client credentials),
 *   2. page through the published design options in Arabic, following the `Link` header,
 *   3. ask for the first page again with `If-None-Match`: 304 while nothing changed,
 *   4. read a government's readiness summary.
 * It prints what it saw as one JSON object and exits 1 on anything unexpected.
 *
 *   SES_GATEWAY         the gateway (default http://localhost:8080)
 *   SES_TOKEN_ENDPOINT  Keycloak's token endpoint (default: the local demo realm's)
 *   SES_CLIENT_ID       the partner app's client (default partner-portal)
 *   SES_CLIENT_SECRET   its secret (default: the local demo realm's, a demo value)
 *   SES_GOVERNMENT      FEDERAL_IRAQ or KRG (default KRG)
 */
import { clientCredentials, createSesClient, linkedPage, type Schemas } from "../src/index.js";

const gateway = process.env.SES_GATEWAY ?? "http://localhost:8080";
const tokenEndpoint = process.env.SES_TOKEN_ENDPOINT ?? "http://localhost:8180/realms/modernization/protocol/openid-connect/token";
const clientId = process.env.SES_CLIENT_ID ?? "partner-portal";
const clientSecret = process.env.SES_CLIENT_SECRET ?? "partner-portal-secret"; // the demo realm's value, not a real secret
const government = (process.env.SES_GOVERNMENT ?? "KRG") as "FEDERAL_IRAQ" | "KRG";

const client = createSesClient({ baseUrl: gateway, token: clientCredentials(tokenEndpoint, clientId, clientSecret), language: "ar" });

function fail(what: string, response: Response, problem?: unknown): never {
  console.error(`${what}: HTTP ${response.status} (X-Request-Id ${response.headers.get("X-Request-Id")})`, problem ?? "");
  process.exit(1);
}

// 2. every published option, five a page, in Arabic
const options: Schemas["DesignOptionSummary"][] = [];
let query: { page?: number; size?: number; status?: "PUBLISHED" } = { size: 5, status: "PUBLISHED" };
let pages = 0;
let total: string | null = null;
for (;;) {
  const { data, error, response } = await client.GET("/api/v1/design-options", { params: { query } });
  if (error !== undefined || data === undefined) {
    fail("listing design options", response, error);
  }
  if (response.headers.get("Content-Language") !== "ar") {
    fail(`the options came in ${response.headers.get("Content-Language")}, not Arabic`, response);
  }
  total = response.headers.get("X-Total-Count");
  options.push(...data);
  pages++;
  const next = linkedPage(response);
  if (next === undefined) {
    break;
  }
  query = { page: Number(next.page), size: Number(next.size), status: "PUBLISHED" };
}
if (options.some((option) => option.dir !== "rtl")) {
  console.error("an Arabic option is not marked right-to-left");
  process.exit(1);
}

// 3. the first page again, conditionally
const first = await client.GET("/api/v1/design-options", { params: { query: { size: 5, status: "PUBLISHED" } } });
const etag = first.response.headers.get("ETag");
if (etag === null) {
  fail("the first page has no ETag", first.response);
}
const again = await client.GET("/api/v1/design-options", {
  params: { query: { size: 5, status: "PUBLISHED" } },
  headers: { "If-None-Match": etag },
});
if (again.response.status !== 304) {
  fail("asking again with If-None-Match", again.response, again.error);
}

// 4. the government's readiness
const summary = await client.GET("/api/v1/readiness/summary", { params: { query: { government } } });
if (summary.error !== undefined || summary.data === undefined) {
  fail("reading the readiness summary", summary.response, summary.error);
}

console.log(JSON.stringify({
  options: options.length,
  totalCount: total === null ? null : Number(total),
  pages,
  titles: options.map((option) => option.title),
  notModified: again.response.status === 304,
  readiness: {
    governmentCode: summary.data.governmentCode,
    government: summary.data.government === null || summary.data.government === undefined
      ? null : { overall: summary.data.government.overall, level: summary.data.government.level },
    ministries: (summary.data.ministries ?? []).map((ministry) => ministry.code),
  },
}));
