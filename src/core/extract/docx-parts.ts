// The headers and footers a Word document shows, found the way Word finds them: the main
// part's section properties name them by relationship id, and the main part's relationships
// give each id's part. mammoth reads neither, yet a résumé template often keeps the name,
// contact line and social handles in the header.

export interface HeaderFooterParts {
  /** Part names (as in the archive, without a leading "/"), in the order the document names them. */
  headers: string[];
  footers: string[];
}

/** `word/document.xml` → `word/_rels/document.xml.rels`. */
export function relationshipsPartOf(mainPart: string): string {
  const slash = mainPart.lastIndexOf("/");
  return `${mainPart.slice(0, slash + 1)}_rels/${mainPart.slice(slash + 1)}.rels`;
}

type AttributeName = "Id" | "Target" | "TargetMode" | "id";

// Any namespace prefix: `r:id` is the usual spelling of the relationship id, not the only one.
const ATTRIBUTES = new Map<AttributeName, RegExp>(
  (["Id", "Target", "TargetMode", "id"] as const).map((name) => [name, new RegExp(`(?:^|\\s)(?:[\\w.-]+:)?${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`)]),
);

function attribute(attributes: string, name: AttributeName): string | null {
  const match = ATTRIBUTES.get(name)!.exec(attributes);
  return match ? (match[1] ?? match[2] ?? null) : null;
}

/** Targets are URIs ("header%201.xml"); a malformed escape is read as written. */
export function percentDecoded(target: string): string {
  try {
    return decodeURIComponent(target);
  } catch {
    return target;
  }
}

/** A relationship target resolved against the folder of the part that holds it. */
export function resolveTarget(mainPart: string, target: string): string | null {
  const segments = target.startsWith("/") ? [] : mainPart.split("/").slice(0, -1);
  for (const segment of target.split("/")) {
    if (segment === "" || segment === ".") continue;
    if (segment === "..") {
      if (segments.length === 0) return null;
      segments.pop();
    } else {
      segments.push(segment);
    }
  }
  return segments.length > 0 ? segments.join("/") : null;
}

export function headerFooterParts(mainPart: string, mainXml: string, relationshipsXml: string | null): HeaderFooterParts {
  const found: HeaderFooterParts = { headers: [], footers: [] };
  if (relationshipsXml === null) return found;
  const targets = new Map<string, string>();
  // Attributes stop at "<" as well as ">": a scan never runs over the next tag.
  for (const match of relationshipsXml.matchAll(/<(?:[\w.-]+:)?Relationship\b([^<>]*)>/g)) {
    const attributes = match[1] ?? "";
    const id = attribute(attributes, "Id");
    const target = attribute(attributes, "Target");
    if (id === null || target === null || attribute(attributes, "TargetMode") === "External") continue;
    const part = resolveTarget(mainPart, percentDecoded(target));
    if (part !== null) targets.set(id, part);
  }
  // The main part itself is never a header or footer, whatever a relationship says.
  const seen = new Set<string>([mainPart.toLowerCase()]);
  for (const match of mainXml.matchAll(/<w:(header|footer)Reference\b([^<>]*)>/g)) {
    const id = attribute(match[2] ?? "", "id");
    const part = id === null ? undefined : targets.get(id);
    if (part === undefined || seen.has(part.toLowerCase())) continue;
    seen.add(part.toLowerCase());
    (match[1] === "header" ? found.headers : found.footers).push(part);
  }
  return found;
}
