// The name an upload was sent under, as a batch result carries it back: the last path
// segment only (a client may send "C:\Users\…\cv.pdf" or "../../cv.pdf"), without control
// or bidirectional-override characters that could disguise it where it is shown, and bounded.

export const MAX_UPLOAD_NAME_CHARS = 255;

const PATH_SEPARATORS = /[\\/]/;
// C0 and C1 controls, and the bidi embeddings, overrides and isolates (U+202A–E, U+2066–9).
const UNSAFE_CHARACTERS = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

export function uploadName(sent: string | null | undefined): string | null {
  if (!sent) return null;
  // Only the end can hold the name: bound the scan, and drop half a surrogate pair the cut leaves.
  const tail = sent.slice(-4 * MAX_UPLOAD_NAME_CHARS).replace(/^[\udc00-\udfff]/, "");
  const segments = tail.split(PATH_SEPARATORS);
  const name = segments[segments.length - 1]!.replace(UNSAFE_CHARACTERS, "").trim();
  if (name === "" || name === "." || name === "..") return null;
  return Array.from(name).slice(0, MAX_UPLOAD_NAME_CHARS).join("");
}
