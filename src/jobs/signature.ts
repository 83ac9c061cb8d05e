// Callback signatures. The signed material is the timestamp header's value, a full stop,
// and the exact bytes of the body:
//
//   X-Signature-Timestamp: 1767225600
//   X-Signature: sha256=<hex HMAC-SHA256(WEBHOOK_SECRET, "1767225600." + body)>
//
// A receiver recomputes the HMAC over the same material, compares in constant time, and
// refuses timestamps far from its clock so an old delivery cannot be replayed.
const encoder = new TextEncoder();

function toHex(bytes: ArrayBuffer): string {
  return [...new Uint8Array(bytes)].map((byte) => byte.toString(16).padStart(2, "0")).join("");
}

export async function signCallback(secret: string, timestamp: number, body: string): Promise<string> {
  const key = await crypto.subtle.importKey("raw", encoder.encode(secret), { name: "HMAC", hash: "SHA-256" }, false, ["sign"]);
  const mac = await crypto.subtle.sign("HMAC", key, encoder.encode(`${timestamp}.${body}`));
  return `sha256=${toHex(mac)}`;
}

export async function sha256Hex(data: string | Uint8Array): Promise<string> {
  // Documents never sit in shared memory; the cast only narrows the buffer's type.
  const bytes = typeof data === "string" ? encoder.encode(data) : (data as Uint8Array<ArrayBuffer>);
  return toHex(await crypto.subtle.digest("SHA-256", bytes));
}
