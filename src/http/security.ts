// Optional bearer keys for /v1/*. Keys are compared as SHA-256 digests with a
// constant-time loop, so neither the content nor the length of a key leaks through timing.
// A configured key may be given in clear or as `sha256:<hex digest>`.
import { AuditError } from "../core/errors.ts";

async function sha256(text: string): Promise<Uint8Array> {
  return new Uint8Array(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text)));
}

function hexToBytes(hex: string): Uint8Array | null {
  if (!/^[0-9a-f]{64}$/i.test(hex)) return null;
  const bytes = new Uint8Array(32);
  for (let i = 0; i < 32; i++) bytes[i] = parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return bytes;
}

function equalInConstantTime(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let difference = 0;
  for (let i = 0; i < a.length; i++) difference |= a[i]! ^ b[i]!;
  return difference === 0;
}

const digestCache = new Map<string, Promise<Uint8Array | null>>();

function configuredDigest(key: string): Promise<Uint8Array | null> {
  let digest = digestCache.get(key);
  if (!digest) {
    digest = key.startsWith("sha256:") ? Promise.resolve(hexToBytes(key.slice(7))) : sha256(key);
    digestCache.set(key, digest);
  }
  return digest;
}

export async function requireApiKey(authorization: string | undefined, apiKeys: string[]): Promise<void> {
  if (apiKeys.length === 0) return;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? "");
  if (!match) throw new AuditError("unauthorized", "This server needs an API key: send `Authorization: Bearer <key>`.");
  const presented = await sha256(match[1]!);
  let accepted = false;
  // Every configured key is checked, even after a match, so the time does not say which one matched.
  for (const key of apiKeys) {
    const digest = await configuredDigest(key);
    if (digest && equalInConstantTime(presented, digest)) accepted = true;
  }
  if (!accepted) throw new AuditError("unauthorized", "The API key is not valid.");
}
