// The interop cases with Node's built-in fetch, as a partner web app's server would call.
// Reads GATEWAY, TOKEN, OPTION_ID and UPLOAD_FILE from the environment; prints one JSON list of results.
// Every call has a 5 s timeout: a response the client cannot frame ends as an error, not a hang.
import diagnostics from 'node:diagnostics_channel';
import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';

const GATEWAY = process.env.GATEWAY;
const AUTH = { Authorization: `Bearer ${process.env.TOKEN}` };
const OPTION = `${GATEWAY}/api/v1/design-options/${process.env.OPTION_ID}`;
const KEPT = ['etag', 'content-encoding', 'content-length', 'transfer-encoding', 'www-authenticate', 'retry-after',
  'content-type', 'location', 'ratelimit-limit'];
const results = [];
let connections = 0;
diagnostics.channel('undici:client:connected').subscribe(() => { connections++; });

const call = (url, init = {}) => fetch(url, { ...init, signal: AbortSignal.timeout(5000) });
const headersOf = (r) => Object.fromEntries(KEPT.filter((k) => r.headers.has(k)).map((k) => [k, r.headers.get(k)]));
const record = (name, r, extra = {}) => results.push({ case: name, status: r.status, headers: headersOf(r), ...extra });

const cases = {
  'conditional-get': async () => {
    const etag = (await call(OPTION, { headers: AUTH })).headers.get('etag');
    const r = await call(OPTION, { headers: { ...AUTH, 'If-None-Match': etag } });
    record('conditional-get', r, { bodyBytes: (await r.arrayBuffer()).byteLength });
  },
  head: async () => {
    const r = await call(OPTION, { method: 'HEAD', headers: AUTH });
    record('head', r, { bodyBytes: (await r.arrayBuffer()).byteLength });
  },
  'chunked-upload': async () => {
    // a stream body of unknown length is sent with Transfer-Encoding: chunked
    const r = await call(`${GATEWAY}/api/v1/assessments`, {
      method: 'POST', duplex: 'half', headers: { ...AUTH, 'Content-Type': 'application/json' },
      body: Readable.toWeb(createReadStream(process.env.UPLOAD_FILE, { highWaterMark: 512 })),
    });
    record('chunked-upload', r);
    await r.arrayBuffer();
  },
  'keep-alive': async () => {
    const before = connections;
    const statuses = [];
    for (let i = 0; i < 100; i++) {
      const r = await call(`${GATEWAY}/api/v1/pillars`, { headers: AUTH });
      await r.arrayBuffer();
      statuses.push(r.status);
    }
    results.push({ case: 'keep-alive', status: statuses[0], statuses: [...new Set(statuses)].sort(),
      requests: statuses.length, connections: connections - before });
  },
  gzip: async () => {
    const r = await call(`${GATEWAY}/api/v1/design-options?size=100`, { headers: { ...AUTH, 'Accept-Encoding': 'gzip' } });
    record('gzip', r, { items: (await r.json()).length });
  },
  'too-large': async () => {
    const r = await call(`${GATEWAY}/api/v1/assessments`, {
      method: 'POST', headers: { ...AUTH, 'Content-Type': 'application/json' },
      body: `{"pad": "${'x'.repeat(1536 * 1024)}"}`,
    });
    record('too-large', r);
    await r.arrayBuffer();
  },
  'no-token': async () => {
    const r = await call(`${GATEWAY}/api/v1/pillars`);
    record('no-token', r);
    await r.arrayBuffer();
  },
  'rate-limited': async () => {
    const before = new Set();
    let limit = 0;
    for (let i = 0; i < 100000; i++) {
      const r = await call(`${GATEWAY}/api/v1/pillars`);
      await r.arrayBuffer();
      limit = limit || Number(r.headers.get('ratelimit-limit'));
      if (r.status === 429) {
        record('rate-limited', r, { before: [...before].sort() });
        return;
      }
      before.add(r.status);
      if (before.size > 1 || r.status !== 401 || i > limit + 100) {
        results.push({ case: 'rate-limited', error: `no 429 after ${i + 1} calls: ${[...before]}` });
        return;
      }
    }
  },
};

for (const [name, run] of Object.entries(cases)) {
  try {
    await run();
  } catch (e) {
    results.push({ case: name, error: `${e.name}: ${e.message}${e.cause ? ` (${e.cause.code ?? e.cause.message})` : ''}` });
  }
}
process.stdout.write(JSON.stringify(results));
