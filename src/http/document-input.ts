// One document request, however it arrives: multipart (`file` or `text`, or repeated
// `files` for a batch), JSON with `text`, or a raw document body with the fields as
// query parameters. The bytes decide the format later; content types here only say how
// the request is packaged.
import type { DocumentSource } from "../core/analyze.ts";
import { AuditError, type FieldError } from "../core/errors.ts";
import { AnalyzeFieldsSchema, AnalyzeJsonBodySchema, type AnalyzeFields } from "../schemas/request.ts";
import { invalidFields, PLAIN_PARSE } from "./field-errors.ts";

export interface DocumentRequest {
  fields: AnalyzeFields;
  documents: DocumentSource[];
  /** Values of the route's own extra text fields (`extraFields`), wherever they came from. */
  extras: Record<string, string>;
}

export interface DocumentRequestOptions {
  batch: boolean;
  maxFiles: number;
  /** What the request is called in messages about too many documents. */
  noun?: string;
  /** Further text fields the route reads, e.g. a job's `callbackUrl`. */
  extraFields?: readonly string[];
}

type FieldValues = Record<string, unknown>;

function invalid(detail: string, errors?: FieldError[]): AuditError {
  return new AuditError("invalid_request", detail, errors ? { errors } : undefined);
}

function parseFields(values: FieldValues): AnalyzeFields {
  const parsed = AnalyzeFieldsSchema.safeParse(values, PLAIN_PARSE);
  if (!parsed.success) throw invalidFields(parsed.error);
  return parsed.data;
}

function queryFields(url: URL): FieldValues {
  const values: FieldValues = {};
  for (const key of ["role", "jobDescription", "documentType", "include", "llm"]) {
    const value = url.searchParams.get(key);
    if (value !== null) values[key] = value;
  }
  return values;
}

function mediaType(request: Request): string {
  return (request.headers.get("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
}

async function fileSource(entry: FormDataEntryValue): Promise<DocumentSource> {
  if (typeof entry === "string") return { kind: "bytes", bytes: new TextEncoder().encode(entry), declaredType: "text/plain" };
  return {
    kind: "bytes",
    bytes: new Uint8Array(await entry.arrayBuffer()),
    declaredType: entry.type || null,
    fileName: entry.name || null,
  };
}

function extrasFrom(get: (key: string) => unknown, names: readonly string[], into: Record<string, string> = {}): Record<string, string> {
  for (const name of names) {
    const value = get(name);
    if (value === null || value === undefined || value === "") continue;
    if (typeof value !== "string") throw invalid(`The field \`${name}\` must be text.`, [{ field: name, message: "Expected text" }]);
    into[name] = value;
  }
  return into;
}

async function fromForm(request: Request, body: Uint8Array<ArrayBuffer>, url: URL, options: DocumentRequestOptions): Promise<DocumentRequest> {
  const batch = options.batch;
  let form: FormData;
  try {
    form = await new Request(request.url, { method: "POST", headers: request.headers, body }).formData();
  } catch {
    throw invalid("The multipart body could not be read: check the boundary and the parts.");
  }
  const values: FieldValues = queryFields(url);
  for (const key of ["role", "jobDescription", "documentType", "include", "llm"]) {
    const value = form.get(key);
    if (typeof value === "string") values[key] = value;
    else if (value !== null) throw invalid(`The field \`${key}\` must be text, not a file.`, [{ field: key, message: "Expected text" }]);
  }
  const fields = parseFields(values);
  // A browser form with no file chosen still sends an empty, nameless part: that is no document.
  const entries = (batch ? [...form.getAll("files"), ...form.getAll("file")] : form.getAll("file")).filter(
    (entry) => (typeof entry === "string" ? entry.length > 0 : entry.size > 0 || entry.name !== ""),
  );
  const documents: DocumentSource[] = [];
  for (const entry of entries) documents.push(await fileSource(entry));
  const text = form.get("text");
  if (!batch && documents.length > 1) throw invalid("Send one `file` per request; use /v1/batch for several.", [{ field: "file", message: "Only one file is accepted" }]);
  if (documents.length === 0 && typeof text === "string" && text.length > 0) documents.push({ kind: "text", text });
  const extras = extrasFrom((name) => form.get(name), options.extraFields ?? [], extrasFrom((name) => url.searchParams.get(name), options.extraFields ?? []));
  return { fields, documents, extras };
}

async function fromJson(body: Uint8Array, url: URL, options: DocumentRequestOptions): Promise<DocumentRequest> {
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder().decode(body));
  } catch {
    throw invalid("The body is not valid JSON.");
  }
  const parsed = AnalyzeJsonBodySchema.safeParse(value, PLAIN_PARSE);
  if (!parsed.success) throw invalidFields(parsed.error);
  const { text, ...fields } = parsed.data;
  const json = value as Record<string, unknown>;
  const names = options.extraFields ?? [];
  const extras = extrasFrom((name) => json[name], names, extrasFrom((name) => url.searchParams.get(name), names));
  return { fields, documents: [{ kind: "text", text }], extras };
}

function fromUrlEncoded(body: Uint8Array, url: URL, options: DocumentRequestOptions): DocumentRequest {
  const params = new URLSearchParams(new TextDecoder().decode(body));
  const values: FieldValues = queryFields(url);
  for (const [key, value] of params) values[key] = value;
  const fields = parseFields(values);
  const text = params.get("text");
  const names = options.extraFields ?? [];
  const extras = extrasFrom((name) => params.get(name), names, extrasFrom((name) => url.searchParams.get(name), names));
  return { fields, documents: text ? [{ kind: "text", text }] : [], extras };
}

export async function parseDocumentRequest(
  request: Request,
  body: Uint8Array<ArrayBuffer>,
  options: DocumentRequestOptions,
): Promise<DocumentRequest> {
  const url = new URL(request.url);
  const type = mediaType(request);
  let parsed: DocumentRequest;
  if (type === "multipart/form-data") parsed = await fromForm(request, body, url, options);
  else if (type === "application/json" || type.endsWith("+json")) parsed = await fromJson(body, url, options);
  else if (type === "application/x-www-form-urlencoded") parsed = fromUrlEncoded(body, url, options);
  else {
    if (body.byteLength === 0 && type === "") throw invalid("Send a document: a multipart `file`, a JSON `text`, or the document itself as the body.");
    parsed = {
      fields: parseFields(queryFields(url)),
      documents: [{ kind: "bytes", bytes: body, declaredType: type || null }],
      extras: extrasFrom((name) => url.searchParams.get(name), options.extraFields ?? []),
    };
  }
  if (parsed.documents.length === 0) {
    const field = options.batch ? "files" : "file";
    throw invalid(`No document was sent: add a \`${field}\` part or a \`text\` field.`, [{ field, message: "Required" }]);
  }
  if (parsed.documents.length > options.maxFiles) {
    throw invalid(`A ${options.noun ?? "batch"} takes at most ${options.maxFiles} documents; this one has ${parsed.documents.length}.`, [
      { field: "files", message: `At most ${options.maxFiles}` },
    ]);
  }
  return parsed;
}
