/**
 * A typed client of the SES modernization platform's API for partner web apps and ministry
 * systems. Its types are generated from the merged OpenAPI document (docs/openapi.json) by
 * openapi-typescript; calls go through openapi-fetch, so a path, a parameter or a field the
 * contract does not have is a compile error.
 */
import createClient, { type Client, type Middleware } from "openapi-fetch";
import LinkHeader from "http-link-header";
import type { components, paths } from "./generated/api.js";

export type { components, paths };
export type Schemas = components["schemas"];
export type SesClient = Client<paths>;

/** A language the platform serves (Accept-Language; Content-Language says which was served). */
export type Language = "en" | "ar" | "ckb";

export interface SesClientOptions {
  /** The gateway, e.g. http://localhost:8080 */
  baseUrl: string;
  /** Gives a valid access token for each request (see {@link clientCredentials}). */
  token: () => Promise<string>;
  /** The language of the texts and of the error messages that support it. */
  language?: Language;
}

/** A client that sends the token and the language with every request. */
export function createSesClient(options: SesClientOptions): SesClient {
  const client = createClient<paths>({ baseUrl: options.baseUrl });
  const authenticate: Middleware = {
    async onRequest({ request }) {
      request.headers.set("Authorization", `Bearer ${await options.token()}`);
      if (options.language !== undefined && !request.headers.has("Accept-Language")) {
        request.headers.set("Accept-Language", options.language);
      }
      return request;
    },
  };
  client.use(authenticate);
  return client;
}

/**
 * The OAuth 2.0 client-credentials grant (RFC 6749, section 4.4) against Keycloak's token
 * endpoint, e.g. http://localhost:8180/realms/modernization/protocol/openid-connect/token. The
 * token is reused until 30 seconds before it expires.
 */
export function clientCredentials(tokenEndpoint: string, clientId: string, clientSecret: string): () => Promise<string> {
  let cached: { token: string; expiresAt: number } | undefined;
  return async () => {
    if (cached !== undefined && Date.now() < cached.expiresAt) {
      return cached.token;
    }
    const response = await fetch(tokenEndpoint, {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ grant_type: "client_credentials", client_id: clientId, client_secret: clientSecret }),
    });
    if (!response.ok) {
      throw new Error(`the token endpoint answered ${response.status}: ${await response.text()}`);
    }
    const body = (await response.json()) as { access_token: string; expires_in: number };
    cached = { token: body.access_token, expiresAt: Date.now() + (body.expires_in - 30) * 1000 };
    return cached.token;
  };
}

/**
 * The query of the page a list response's RFC 8288 `Link` header names with `rel` (`next` by
 * default), or undefined on the last page: pass it back as the request's query to follow it.
 */
export function linkedPage(response: Response, rel: "first" | "prev" | "next" | "last" = "next"): Record<string, string> | undefined {
  const header = response.headers.get("Link");
  if (header === null) {
    return undefined;
  }
  const [link] = LinkHeader.parse(header).rel(rel);
  if (link === undefined) {
    return undefined;
  }
  return Object.fromEntries(new URL(link.uri, response.url).searchParams);
}
