// How the lexicons' forms become patterns: one alternation of every language's forms, and a way
// to read a pattern in either case without the "i" flag, for patterns that must also hold a
// case-sensitive part (a capitalised name).

import type { Forms } from "./languages.ts";

/**
 * A pattern source with each space outside a character class widened to any run of white space,
 * so that a phrase broken across lines still matches ("followed\nby").
 */
function widenSpaces(source: string): string {
  let out = "";
  let inClass = false;
  for (let at = 0; at < source.length; at += 1) {
    const char = source.charAt(at);
    if (char === "\\") {
      out += source.slice(at, at + 2);
      at += 1;
    } else {
      if (char === "[") inClass = true;
      else if (char === "]") inClass = false;
      out += char === " " && !inClass ? "\\s+" : char;
    }
  }
  return out;
}

/** Every form of every language as one alternation, longest first, each in a group of its own. */
export function formsSource(forms: Forms): string {
  return Object.values(forms)
    .flat()
    .sort((a, b) => b.length - a.length)
    .map((form) => `(?:${widenSpaces(form)})`)
    .join("|");
}

/**
 * A pattern source whose ASCII letters match either case, for patterns compiled without the "i"
 * flag (under it, \p{Lu} matches every letter): character classes and escapes are left as they are.
 */
export function eitherCase(source: string): string {
  let out = "";
  let inClass = false;
  for (let at = 0; at < source.length; at += 1) {
    const char = source.charAt(at);
    if (char === "\\") {
      const next = source.charAt(at + 1);
      let end = at + 1;
      if ((next === "p" || next === "P" || next === "u") && source.charAt(at + 2) === "{") end = source.indexOf("}", at);
      else if (next === "u") end = at + 5;
      else if (next === "x") end = at + 3;
      out += source.slice(at, end + 1);
      at = end;
    } else if (char === "[" && !inClass) {
      inClass = true;
      out += char;
    } else if (char === "]" && inClass) {
      inClass = false;
      out += char;
    } else if (!inClass && /[A-Za-z]/u.test(char)) {
      out += `[${char.toLowerCase()}${char.toUpperCase()}]`;
    } else {
      out += char;
    }
  }
  return out;
}
