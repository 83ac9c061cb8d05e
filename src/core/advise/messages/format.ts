// Number and list formatting the catalogs share, each with its own separators and words.

/** "1234567" → "1,234,567" (with `separator`); a leading minus sign stays outside the groups. */
export function groupThousands(whole: string, separator: string): string {
  const digitsFrom = whole.startsWith("-") ? 1 : 0;
  const digits = whole.length - digitsFrom;
  if (digits <= 3) return whole;
  let grouped = whole.slice(0, digitsFrom + (digits % 3 || 3));
  for (let at = grouped.length; at < whole.length; at += 3) grouped += `${separator}${whole.slice(at, at + 3)}`;
  return grouped;
}

export interface NumberStyle {
  /** Between groups of three digits: "," in English, "." in German and Spanish, a narrow space in French. */
  group: string;
  /** Before decimals: "." in English, "," elsewhere. */
  decimal: string;
  /** "7.7 billion", "7,7 Mrd.", "7,7 milliards", "7700 millones" for numbers of a billion and more. */
  billions: (value: string) => string;
  millions: (value: string) => string;
}

/** One decimal at most, in the style's notation. */
function oneDecimal(value: number, style: NumberStyle): string {
  const rounded = String(Math.round(value * 10) / 10);
  return style.decimal === "." ? rounded : rounded.replace(".", style.decimal);
}

export function formatNumberIn(value: number, style: NumberStyle): string {
  if (Math.abs(value) >= 1_000_000_000) return style.billions(oneDecimal(value / 1_000_000_000, style));
  if (Math.abs(value) >= 1_000_000) return style.millions(oneDecimal(value / 1_000_000, style));
  const rounded = String(Math.round(value * 10) / 10);
  const point = rounded.indexOf(".");
  const whole = point === -1 ? rounded : rounded.slice(0, point);
  const grouped = groupThousands(whole, style.group);
  return point === -1 ? grouped : `${grouped}${style.decimal}${rounded.slice(point + 1)}`;
}

export function capitalise(text: string): string {
  return text.length === 0 ? text : `${text[0]!.toUpperCase()}${text.slice(1)}`;
}

/** "a, b and c", with the language's word for "and". */
export function listWith(items: readonly string[], and: string): string {
  if (items.length <= 1) return items[0] ?? "";
  return `${items.slice(0, -1).join(", ")} ${and} ${items[items.length - 1]}`;
}

/** The quote with `added` inside its closing parenthesis, or in a new one. */
export function appendInside(text: string, added: string): string {
  return text.endsWith(")") ? `${text.slice(0, -1)}, ${added})` : `${text} (${added})`;
}

/** A quote with the year the document gives it, where the quote itself does not say it: "Kred Influence score 812 of 1,000 (2023)". */
export function withKnownYear(quote: string, year: number | null): string {
  return year === null || quote.includes(String(year)) ? quote : appendInside(quote, String(year));
}

/** Where an account is named by a handle ("@[handle]"), and where only a link finds it: a newsletter, a blog, a repository, a network of several. */
const LINK_ONLY = new Set(["newsletter", "substack", "blog", "podcast", "website", "email", "github", "gitlab", "medium"]);

export function handleOrLink(platform: string | null, handle: string, link: string): string {
  return platform === null || LINK_ONLY.has(platform) ? link : handle;
}
