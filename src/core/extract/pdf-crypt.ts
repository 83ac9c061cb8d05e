// Decrypting a PDF's streams with the empty user password, so that the budget pre-pass
// (pdf-budget.ts) measures what pdf.js will decode in a file restricted by an owner password
// only (the common case: pdf.js opens such a file without asking). The Standard security
// handler, every revision pdf.js reads: RC4 (40 to 128 bits, revisions 2 to 4), AES-128
// (AESV2) and AES-256 (AESV3, revisions 5 and 6). A file that needs a user password decrypts
// to noise here, which decodes to little; pdf.js then refuses it as encrypted.
//
// MD5 and RC4 are written out below (Web Crypto has neither); AES and SHA-2 come from Web
// Crypto, available in Workers and in Node alike.

export const PASSWORD_PADDING = Uint8Array.from([
  0x28, 0xbf, 0x4e, 0x5e, 0x4e, 0x75, 0x8a, 0x41, 0x64, 0x00, 0x4e, 0x56, 0xff, 0xfa, 0x01, 0x08, 0x2e, 0x2e, 0x00, 0xb6, 0xd0, 0x68, 0x3e, 0x80, 0x2f,
  0x0c, 0xa9, 0xfe, 0x64, 0x53, 0x69, 0x7a,
]);

// ---------------------------------------------------------------- MD5 (RFC 1321)

const MD5_SHIFTS = [7, 12, 17, 22, 7, 12, 17, 22, 7, 12, 17, 22, 7, 12, 17, 22, 5, 9, 14, 20, 5, 9, 14, 20, 5, 9, 14, 20, 5, 9, 14, 20, 4, 11, 16, 23, 4, 11, 16, 23, 4, 11, 16, 23, 4, 11, 16, 23, 6, 10, 15, 21, 6, 10, 15, 21, 6, 10, 15, 21, 6, 10, 15, 21];
const MD5_CONSTANTS = Array.from({ length: 64 }, (_unused, index) => Math.floor(Math.abs(Math.sin(index + 1)) * 0x100000000) >>> 0);

export function md5(input: Uint8Array): Uint8Array {
  const length = input.length;
  const padded = new Uint8Array(((length + 8) >> 6) * 64 + 64);
  padded.set(input);
  padded[length] = 0x80;
  const view = new DataView(padded.buffer);
  view.setUint32(padded.length - 8, (length * 8) >>> 0, true);
  view.setUint32(padded.length - 4, Math.floor(length / 0x20000000), true);
  let a0 = 0x67452301;
  let b0 = 0xefcdab89;
  let c0 = 0x98badcfe;
  let d0 = 0x10325476;
  for (let block = 0; block < padded.length; block += 64) {
    let a = a0;
    let b = b0;
    let c = c0;
    let d = d0;
    for (let step = 0; step < 64; step++) {
      let f: number;
      let word: number;
      if (step < 16) {
        f = (b & c) | (~b & d);
        word = step;
      } else if (step < 32) {
        f = (d & b) | (~d & c);
        word = (5 * step + 1) % 16;
      } else if (step < 48) {
        f = b ^ c ^ d;
        word = (3 * step + 5) % 16;
      } else {
        f = c ^ (b | ~d);
        word = (7 * step) % 16;
      }
      const sum = (a + f + MD5_CONSTANTS[step]! + view.getUint32(block + word * 4, true)) >>> 0;
      a = d;
      d = c;
      c = b;
      b = (b + ((sum << MD5_SHIFTS[step]!) | (sum >>> (32 - MD5_SHIFTS[step]!)))) >>> 0;
    }
    a0 = (a0 + a) >>> 0;
    b0 = (b0 + b) >>> 0;
    c0 = (c0 + c) >>> 0;
    d0 = (d0 + d) >>> 0;
  }
  const digest = new Uint8Array(16);
  const out = new DataView(digest.buffer);
  [a0, b0, c0, d0].forEach((word, index) => out.setUint32(index * 4, word, true));
  return digest;
}

// ---------------------------------------------------------------- RC4

export function rc4(key: Uint8Array, data: Uint8Array): Uint8Array {
  const state = Uint8Array.from({ length: 256 }, (_unused, index) => index);
  for (let i = 0, j = 0; i < 256; i++) {
    j = (j + state[i]! + key[i % key.length]!) & 0xff;
    [state[i], state[j]] = [state[j]!, state[i]!];
  }
  const out = new Uint8Array(data.length);
  for (let index = 0, i = 0, j = 0; index < data.length; index++) {
    i = (i + 1) & 0xff;
    j = (j + state[i]!) & 0xff;
    [state[i], state[j]] = [state[j]!, state[i]!];
    out[index] = data[index]! ^ state[(state[i]! + state[j]!) & 0xff]!;
  }
  return out;
}

// ---------------------------------------------------------------- AES through Web Crypto

function concat(...parts: Uint8Array[]): Uint8Array<ArrayBuffer> {
  const joined = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    joined.set(part, offset);
    offset += part.length;
  }
  return joined;
}

async function aesKey(key: Uint8Array, usage: "encrypt" | "decrypt"): Promise<CryptoKey> {
  return crypto.subtle.importKey("raw", key as Uint8Array<ArrayBuffer>, { name: "AES-CBC" }, false, [usage, ...(usage === "decrypt" ? (["encrypt"] as const) : [])]);
}

/** AES-CBC encryption without padding: the blocks Web Crypto writes before its own padding block. */
async function aesEncryptRaw(key: Uint8Array, iv: Uint8Array, data: Uint8Array): Promise<Uint8Array> {
  const encrypted = await crypto.subtle.encrypt({ name: "AES-CBC", iv: iv as Uint8Array<ArrayBuffer> }, await aesKey(key, "encrypt"), data as Uint8Array<ArrayBuffer>);
  return new Uint8Array(encrypted, 0, data.length);
}

/**
 * AES-CBC decryption of whole blocks without checking their padding (PDF writers do not
 * always pad as Web Crypto insists): one block is added that decrypts to a full block of
 * padding, which Web Crypto then removes, leaving every original block decrypted.
 */
async function aesDecryptRaw(key: Uint8Array, iv: Uint8Array, data: Uint8Array): Promise<Uint8Array> {
  const blocks = data.subarray(0, data.length - (data.length % 16));
  if (blocks.length === 0) return new Uint8Array(0);
  const cryptoKey = await aesKey(key, "decrypt");
  const lastBlock = blocks.subarray(blocks.length - 16);
  const filler = new Uint8Array(await crypto.subtle.encrypt({ name: "AES-CBC", iv: lastBlock as Uint8Array<ArrayBuffer> }, cryptoKey, new Uint8Array(16).fill(16)), 0, 16);
  return new Uint8Array(await crypto.subtle.decrypt({ name: "AES-CBC", iv: iv as Uint8Array<ArrayBuffer> }, cryptoKey, concat(blocks, filler)));
}

/** Removes PKCS#5 padding where the last byte says how much there is. */
function unpad(data: Uint8Array): Uint8Array {
  const count = data[data.length - 1];
  return count !== undefined && count >= 1 && count <= 16 && count <= data.length ? data.subarray(0, data.length - count) : data;
}

async function sha(algorithm: "SHA-256" | "SHA-384" | "SHA-512", data: Uint8Array): Promise<Uint8Array> {
  return new Uint8Array(await crypto.subtle.digest(algorithm, data as Uint8Array<ArrayBuffer>));
}

// ---------------------------------------------------------------- the Standard security handler

export interface EncryptionParameters {
  filter: string;
  version: number;
  revision: number;
  /** Key length in bytes (revisions 2 to 4). */
  length: number;
  owner: Uint8Array;
  user: Uint8Array;
  permissions: number;
  encryptMetadata: boolean;
  /** The first element of the trailer's /ID. */
  id: Uint8Array;
  /** How streams are encrypted: RC4, AES-128, AES-256, or not at all. */
  streamMethod: "rc4" | "aes128" | "aes256" | "none";
  userEncryption?: Uint8Array;
}

/** Revision 6's hash (ISO 32000-2, algorithm 2.B), with the empty password. */
async function hashRevision6(salt: Uint8Array, userKey: Uint8Array): Promise<Uint8Array> {
  let key = await sha("SHA-256", concat(salt, userKey));
  for (let round = 0; ; round++) {
    const unit = concat(key, userKey);
    const repeated = new Uint8Array(unit.length * 64);
    for (let copy = 0; copy < 64; copy++) repeated.set(unit, copy * unit.length);
    const encrypted = await aesEncryptRaw(key.subarray(0, 16), key.subarray(16, 32), repeated);
    let remainder = 0;
    for (let index = 0; index < 16; index++) remainder += encrypted[index]!;
    const algorithm = (["SHA-256", "SHA-384", "SHA-512"] as const)[remainder % 3]!;
    key = await sha(algorithm, encrypted);
    if (round >= 63 && encrypted[encrypted.length - 1]! <= round - 31) break;
    // Bounded in any case: the loop ends within a few rounds past 64 for any input.
    if (round > 512) break;
  }
  return key.subarray(0, 32);
}

/** The file key for the empty user password. */
export async function fileKey(parameters: EncryptionParameters): Promise<Uint8Array | null> {
  if (parameters.revision >= 5) {
    if (!parameters.userEncryption || parameters.user.length < 48) return null;
    const keySalt = parameters.user.subarray(40, 48);
    const intermediate = parameters.revision === 6 ? await hashRevision6(keySalt, new Uint8Array(0)) : await sha("SHA-256", keySalt);
    return aesDecryptRaw(intermediate, new Uint8Array(16), parameters.userEncryption.subarray(0, 32));
  }
  return legacyFileKey(parameters);
}

/** The file key of revisions 2 to 4 for the empty user password (ISO 32000-1, algorithm 2). */
export function legacyFileKey(parameters: EncryptionParameters): Uint8Array {
  const permissions = new Uint8Array(4);
  new DataView(permissions.buffer).setInt32(0, parameters.permissions, true);
  const noMetadata = parameters.revision >= 4 && !parameters.encryptMetadata ? Uint8Array.of(0xff, 0xff, 0xff, 0xff) : new Uint8Array(0);
  const length = parameters.revision === 2 ? 5 : parameters.length;
  let hash = md5(concat(PASSWORD_PADDING, parameters.owner.subarray(0, 32), permissions, parameters.id, noMetadata));
  if (parameters.revision >= 3) for (let round = 0; round < 50; round++) hash = md5(hash.subarray(0, length));
  return hash.subarray(0, length);
}

/** One object's key under revisions 2 to 4: the file key, the object's number and generation, and "sAlT" for AES. */
export function objectKey(key: Uint8Array, objectNumber: number, generation: number, aes: boolean): Uint8Array {
  const salt = aes ? Uint8Array.of(0x73, 0x41, 0x6c, 0x54) : new Uint8Array(0);
  const suffix = Uint8Array.of(objectNumber & 0xff, (objectNumber >> 8) & 0xff, (objectNumber >> 16) & 0xff, generation & 0xff, (generation >> 8) & 0xff);
  return md5(concat(key, suffix, salt)).subarray(0, Math.min(16, key.length + 5));
}

export interface StreamDecryptor {
  decrypt(data: Uint8Array, objectNumber: number, generation: number): Promise<Uint8Array>;
}

/** A decryptor for the file's streams, or null where the handler is one pdf.js would not open without a password anyway. */
export async function streamDecryptor(parameters: EncryptionParameters): Promise<StreamDecryptor | null> {
  if (parameters.filter !== "Standard") return null;
  if (parameters.streamMethod === "none") return { decrypt: async (data) => data };
  const key = await fileKey(parameters);
  if (key === null) return null;
  return {
    async decrypt(data, objectNumber, generation) {
      if (parameters.streamMethod === "aes256") return unpad(await aesDecryptRaw(key, data.subarray(0, 16), data.subarray(16)));
      const key128 = objectKey(key, objectNumber, generation, parameters.streamMethod === "aes128");
      if (parameters.streamMethod === "rc4") return rc4(key128, data);
      return unpad(await aesDecryptRaw(key128, data.subarray(0, 16), data.subarray(16)));
    },
  };
}
