// Text that was UTF-8 read as Latin-1 or Windows-1252 and saved again: "â€™" for "’", "Ã©" for
// "é", "Â " where a no-break space stood. A third of one real résumé collection carries it, and a
// claim split by it ("2.4MMÂ followers") is missed. Each run of such characters is turned back into
// its bytes and read as UTF-8 again, where the bytes make whole UTF-8 characters; a text holding no
// such run comes back as it was. Repeated until nothing changes (a text read wrongly twice needs
// two turns), so that repairing the repaired text changes nothing.

/** The byte Windows-1252 decodes to each character above U+00FF, for the 27 it defines. */
const CP1252_BYTES = new Map<number, number>([
  [0x20ac, 0x80], [0x201a, 0x82], [0x0192, 0x83], [0x201e, 0x84], [0x2026, 0x85], [0x2020, 0x86], [0x2021, 0x87],
  [0x02c6, 0x88], [0x2030, 0x89], [0x0160, 0x8a], [0x2039, 0x8b], [0x0152, 0x8c], [0x017d, 0x8e], [0x2018, 0x91],
  [0x2019, 0x92], [0x201c, 0x93], [0x201d, 0x94], [0x2022, 0x95], [0x2013, 0x96], [0x2014, 0x97], [0x02dc, 0x98],
  [0x2122, 0x99], [0x0161, 0x9a], [0x203a, 0x9b], [0x0153, 0x9c], [0x017e, 0x9e], [0x0178, 0x9f],
]);

/** The byte a character stands for when UTF-8 was read as Windows-1252 (or Latin-1), or -1. */
function byteOf(code: number): number {
  if (code >= 0x80 && code <= 0xff) return code;
  return CP1252_BYTES.get(code) ?? -1;
}

/** How many continuation bytes a UTF-8 lead byte takes, or 0 where it leads nothing. */
function continuationCount(lead: number): number {
  if (lead >= 0xc2 && lead <= 0xdf) return 1;
  if (lead >= 0xe0 && lead <= 0xef) return 2;
  if (lead >= 0xf0 && lead <= 0xf4) return 3;
  return 0;
}

function isContinuation(byte: number): boolean {
  return byte >= 0x80 && byte <= 0xbf;
}

const UTF8 = new TextDecoder("utf-8", { fatal: true });

// What a repaired character may be: the characters mis-read UTF-8 hides in the writing this
// project reads (Latin letters with accents, punctuation, symbols and shapes, full-width forms,
// emoji). A pair such as "Ç–" or "É’" also reads as UTF-8, to a letter of another script that no
// such writing holds; it is left as written.
const PLAUSIBLE: ReadonlyArray<readonly [number, number]> = [
  [0x0080, 0x017f],
  [0x2000, 0x2bff],
  [0x3000, 0x303f],
  [0xfeff, 0xfeff],
  [0xff00, 0xffef],
  [0x1f000, 0x1faff],
];

/** The character that bytes[0..n) make in UTF-8, or null where they make none (overlong, surrogate, too large) or an unlikely one. */
function decodeOne(bytes: number[]): string | null {
  let decoded: string;
  try {
    decoded = UTF8.decode(new Uint8Array(bytes));
  } catch {
    return null;
  }
  const code = decoded.codePointAt(0) ?? -1;
  if ([...decoded].length !== 1 || !PLAUSIBLE.some(([first, last]) => code >= first && code <= last)) return null;
  return decoded;
}

// Characters that can lead a mis-read UTF-8 sequence: "Â" to "ô" (bytes C2 to F4).
const MAY_LEAD = /[\u00c2-\u00f4]/u;

function repairOnce(text: string): string {
  let out = "";
  let copiedTo = 0;
  // Jump from one possible lead to the next: most characters of any text are none.
  const leads = new RegExp(MAY_LEAD.source, "gu");
  for (let found = leads.exec(text); found !== null; found = leads.exec(text)) {
    const at = found.index;
    if (at < copiedTo) continue;
    const lead = text.charCodeAt(at);
    const count = continuationCount(lead);
    const bytes = [lead];
    let end = at + 1;
    while (bytes.length <= count && end < text.length) {
      const byte = byteOf(text.charCodeAt(end));
      if (!isContinuation(byte)) break;
      bytes.push(byte);
      end += 1;
    }
    let replacement: string | null = null;
    if (bytes.length === count + 1) {
      replacement = decodeOne(bytes);
    } else if (lead === 0xc2 && /[ \t\n\r\u00c2]/u.test(text.charAt(end))) {
      // "Â " where a no-break space (C2 A0) stood and the space survived alone: the "Â" goes.
      replacement = "";
    } else if (lead === 0xe2 && bytes.length === 2 && bytes[1] === 0x80) {
      // "â€" whose last byte Windows-1252 leaves undefined (9D): a closing double quote.
      replacement = "\u201d";
    } else if (lead === 0xef && bytes.length === 2 && bytes[1] === 0xbc) {
      // "ï¼": a full-width punctuation mark (EF BC xx) whose last byte was lost; it said nothing the
      // spacing around it does not, and a zero-width space left in its place goes with it.
      replacement = "";
      if (text.charCodeAt(end) === 0x200b) end += 1;
    }
    if (replacement === null) continue;
    out += text.slice(copiedTo, at) + replacement;
    copiedTo = end;
    leads.lastIndex = end;
  }
  return copiedTo === 0 ? text : out + text.slice(copiedTo);
}

/** `text` with UTF-8 that was read as Windows-1252 or Latin-1 read again as UTF-8. */
export function repairMojibake(text: string): string {
  if (!MAY_LEAD.test(text)) return text;
  let current = text;
  for (let turn = 0; turn < 4; turn += 1) {
    const next = repairOnce(current);
    if (next === current) break;
    current = next;
  }
  return current;
}
