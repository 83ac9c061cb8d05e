// A typed client for the influence-audit API: openapi-fetch over the types in schema.ts,
// which `npm run client` generates from the server's own OpenAPI document. Every path,
// field, status and answer is typed; documents are uploaded as multipart with `asMultipart`.
//
//   const api = createInfluenceAuditClient({ baseUrl: "http://127.0.0.1:8787", apiKey });
//   const { data, error } = await api.POST("/v1/analyze", {
//     body: { file: new File([bytes], "cv.pdf"), role: "Recruiter" },
//     bodySerializer: asMultipart,
//   });
//   if (error) console.error(error.code, error.detail); else console.log(data.summary.headline);
//
// /v1/annotate answers with the document itself: ask for it as a Blob.
//   const { data: file, response } = await api.POST("/v1/annotate", { body, bodySerializer: asMultipart, parseAs: "blob" });
//
// To use it elsewhere, copy client/ and install openapi-fetch (the only dependency).
import createClient, { type Client } from "openapi-fetch";
import type { components, operations, paths } from "./schema.ts";

export type { components, operations, paths };
export type Report = components["schemas"]["Report"];
export type Claim = components["schemas"]["Claim"];
export type Problem = components["schemas"]["Problem"];
export type BatchResponse = components["schemas"]["BatchResponse"];
export type Job = components["schemas"]["Job"];
export type InfluenceAuditClient = Client<paths>;

export interface InfluenceAuditClientOptions {
  /** Where the API is, e.g. "https://audit.example.com" or "http://127.0.0.1:8787". */
  baseUrl: string;
  /** One of the server's API_KEYS, where it has any. */
  apiKey?: string;
  /** A fetch to use instead of the global one (a proxy, a test double). */
  fetch?: typeof globalThis.fetch;
}

export function createInfluenceAuditClient(options: InfluenceAuditClientOptions): InfluenceAuditClient {
  return createClient<paths>({
    baseUrl: options.baseUrl.replace(/\/+$/, ""),
    ...(options.apiKey ? { headers: { Authorization: `Bearer ${options.apiKey}` } } : {}),
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
}

/**
 * The `bodySerializer` for the multipart routes (/v1/analyze, /v1/extract, /v1/annotate,
 * /v1/batch, /v1/jobs): each field one part, a list one part per item (`files`), a File under its name.
 */
export function asMultipart(body: unknown): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries((body ?? {}) as Record<string, unknown>)) {
    for (const item of Array.isArray(value) ? value : [value]) {
      if (item === undefined || item === null) continue;
      if (item instanceof Blob) form.append(name, item, item instanceof File ? item.name : "document");
      else form.append(name, String(item));
    }
  }
  return form;
}
