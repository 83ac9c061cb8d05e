// Extracted text keeps the line breaks of the page it came from, and most of them fall inside a
// sentence: "achieved an average engagement rate of" / "12.2%." The detectors read a line break
// as the end of an item, as it is in a list or a table; here the breaks that only wrap a sentence
// become the spaces they stand for. Each stays one character, so every offset is unchanged.

/** Words after which a sentence cannot stop: a figure on the next line finishes the phrase. */
const ENDS_ON_PREPOSITION = /(?<![\p{L}])(?:in|since|from|by|to|of|during|until|and|over|than|about|around|at|with|reached|hit|reaching|totalling|totaling|de|von|auf|bis|à|a|en|di|da|van|tot|na|do|od|z)$/iu;

function isLowerLetter(char: string): boolean {
  return char.toLowerCase() === char && char.toUpperCase() !== char;
}

function isLetter(char: string): boolean {
  return char.toLowerCase() !== char.toUpperCase();
}

function isDigit(char: string): boolean {
  return char >= "0" && char <= "9";
}

function isBlank(char: string): boolean {
  return char === " " || char === "\t" || char === "\u00a0";
}

/**
 * Whether the line break at `at` wraps a sentence: the line before ends on a letter or a comma
 * and the next starts in lower case ("an engagement" / "rate of 7.5%"), or the line before ends
 * on a preposition and the next starts with a figure ("rate of" / "12.2%"). A blank line, a bullet
 * or a capital after the break keeps it.
 */
function wrapsSentence(text: string, at: number): boolean {
  let before = at - 1;
  while (before >= 0 && isBlank(text.charAt(before))) before -= 1;
  let after = at + 1;
  while (after < text.length && isBlank(text.charAt(after))) after += 1;
  if (before < 0 || after >= text.length) return false;
  const last = text.charAt(before);
  const next = text.charAt(after);
  if (isLowerLetter(next)) return isLetter(last) || last === ",";
  if (isDigit(next)) return ENDS_ON_PREPOSITION.test(text.slice(Math.max(0, before - 11), before + 1));
  return false;
}

/** `text` with each line break that wraps a sentence read as a space; the same string when none does. */
export function readWrappedLines(text: string): string {
  let joined: string[] | null = null;
  let from = 0;
  for (let at = text.indexOf("\n"); at !== -1; at = text.indexOf("\n", at + 1)) {
    if (!wrapsSentence(text, at)) continue;
    joined ??= [];
    joined.push(text.slice(from, at), " ");
    from = at + 1;
  }
  if (joined === null) return text;
  joined.push(text.slice(from));
  return joined.join("");
}

// A space written in UTF-8 and read as Latin-1 or Windows-1252 comes out as "Â" before it ("12,000Â
// subscribers", "onÂ Instagram"): a third of one career site's résumés carry it. "Â" is a letter
// of Portuguese, French and Romanian words, never one that stands before a space.
const MISDECODED_SPACE = /\u00c2(?=[ \u00a0])/gu;

/** `text` with each "Â" that stands for a space read as one; the same length, so every offset holds. */
export function readMisdecodedSpaces(text: string): string {
  return text.includes("\u00c2") ? text.replace(MISDECODED_SPACE, " ") : text;
}
