// Where a job's results may be sent: public https hosts only. A callback URL is a request
// this server makes on a caller's behalf, so a host on this machine, a private network, a
// link-local range or a cloud metadata address would turn the job API into a way to reach
// them. The URL parser already reads the odd spellings of an IPv4 address (2130706433,
// 0x7f.1, 0177.0.0.1) as dotted decimal and IPv6 in its compressed form; the checks below
// read those forms, including IPv4 addresses carried inside IPv6 ones.
//
// Names are not resolved here (a Worker cannot), so a public name that resolves to a private
// address is not caught by this check; on Cloudflare, fetch cannot reach private networks.
// CALLBACK_ALLOWED_HOSTS narrows the targets to a list the operator trusts.
import { AuditError } from "../core/errors.ts";

const MAX_CALLBACK_URL = 2048;

function invalidCallback(message: string): AuditError {
  return new AuditError("invalid_request", `The callbackUrl is not usable: ${message}.`, { errors: [{ field: "callbackUrl", message }] });
}

function ipv4Octets(host: string): number[] | null {
  const match = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(host);
  if (!match) return null;
  const octets = match.slice(1).map(Number);
  return octets.every((octet) => octet <= 255) ? octets : null;
}

/** Whether an IPv4 address is anything but a public unicast address. */
function isNonPublicIpv4([a, b, c]: number[]): boolean {
  return (
    a === 0 || // "this network"
    a === 10 || // private
    a === 127 || // loopback
    (a === 100 && b! >= 64 && b! <= 127) || // carrier-grade NAT
    (a === 169 && b === 254) || // link-local, cloud metadata (169.254.169.254)
    (a === 172 && b! >= 16 && b! <= 31) || // private
    (a === 192 && b === 0 && (c === 0 || c === 2)) || // protocol assignments, documentation
    (a === 192 && b === 168) || // private
    (a === 198 && (b === 18 || b === 19)) || // benchmarking
    (a === 198 && b === 51 && c === 100) || // documentation
    (a === 203 && b === 0 && c === 113) || // documentation
    a! >= 224 // multicast, reserved, broadcast
  );
}

/** The eight 16-bit groups of an IPv6 address as the URL parser writes it (compressed, no zone). */
function ipv6Groups(host: string): number[] | null {
  if (!/^[0-9a-f:.]+$/i.test(host)) return null;
  let text = host;
  // An embedded dotted IPv4 tail ("::ffff:1.2.3.4") becomes two groups.
  const tail = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (tail) {
    const octets = ipv4Octets(tail[1]!);
    if (!octets) return null;
    text = text.slice(0, -tail[1]!.length) + `${((octets[0]! << 8) | octets[1]!).toString(16)}:${((octets[2]! << 8) | octets[3]!).toString(16)}`;
  }
  const halves = text.split("::");
  if (halves.length > 2) return null;
  const parse = (part: string) => (part === "" ? [] : part.split(":").map((group) => Number.parseInt(group, 16)));
  const head = parse(halves[0]!);
  const rest = halves.length === 2 ? parse(halves[1]!) : [];
  const missing = 8 - head.length - rest.length;
  if (missing < 0 || (halves.length === 1 && missing !== 0)) return null;
  const groups = [...head, ...new Array(halves.length === 2 ? missing : 0).fill(0), ...rest];
  return groups.every((group) => Number.isInteger(group) && group >= 0 && group <= 0xffff) ? groups : null;
}

function embeddedIpv4(high: number, low: number): number[] {
  return [high >> 8, high & 0xff, low >> 8, low & 0xff];
}

function isNonPublicIpv6(groups: number[]): boolean {
  const [first] = groups as [number];
  const allZeroUpTo = (count: number) => groups.slice(0, count).every((group) => group === 0);
  if (allZeroUpTo(8)) return true; // unspecified
  if (allZeroUpTo(7) && groups[7] === 1) return true; // loopback
  if (allZeroUpTo(5) && groups[5] === 0xffff) return isNonPublicIpv4(embeddedIpv4(groups[6]!, groups[7]!)); // IPv4-mapped
  if (allZeroUpTo(6)) return true; // IPv4-compatible (deprecated): never a real target
  if (first === 0x64 && groups[1] === 0xff9b) return isNonPublicIpv4(embeddedIpv4(groups[6]!, groups[7]!)); // NAT64
  if (first === 0x2002) return isNonPublicIpv4(embeddedIpv4(groups[1]!, groups[2]!)); // 6to4
  if ((first & 0xfe00) === 0xfc00) return true; // unique local
  if ((first & 0xffc0) === 0xfe80) return true; // link-local
  if ((first & 0xff00) === 0xff00) return true; // multicast
  if (first === 0x2001 && groups[1] === 0x0db8) return true; // documentation
  return false;
}

/** Names that always mean this machine or a private network, however they resolve. */
function isPrivateName(host: string): boolean {
  const name = host.replace(/\.$/, "");
  if (!name.includes(".")) return true; // "localhost", "metadata", "intranet": single labels resolve locally
  return /(^|\.)(localhost|local|internal|intranet|lan|home\.arpa|localdomain)$/i.test(name);
}

/** Whether `host` is one of the allowed entries: exact names, or "*.example.com" for any name under it. */
function isAllowed(host: string, allowed: readonly string[]): boolean {
  const name = host.toLowerCase().replace(/\.$/, "");
  return allowed.some((entry) => {
    const pattern = entry.toLowerCase();
    return pattern.startsWith("*.") ? name.endsWith(pattern.slice(1)) && name.length > pattern.length - 1 : name === pattern;
  });
}

const LOOPBACK_NAMES = new Set(["127.0.0.1", "localhost", "[::1]"]);

/**
 * The URL, normalised, when results may be sent there; otherwise a 400 naming the field.
 * With an allow-list, only its hosts; a loopback host on the list may also be plain http, for
 * a local test receiver. Without one, any public https host.
 */
export function checkCallbackUrl(value: string, allowedHosts: readonly string[] = []): string {
  if (value.length > MAX_CALLBACK_URL) throw invalidCallback(`at most ${MAX_CALLBACK_URL} characters`);
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw invalidCallback("not an absolute URL");
  }
  if (url.username || url.password) throw invalidCallback("credentials in the URL are not accepted");
  const host = url.hostname;
  if (allowedHosts.length > 0) {
    if (!isAllowed(host, allowedHosts)) throw invalidCallback("its host is not on this server's list of callback hosts");
    if (url.protocol === "https:" || (url.protocol === "http:" && LOOPBACK_NAMES.has(host))) return url.href;
    throw invalidCallback("it must be https");
  }
  if (url.protocol !== "https:") throw invalidCallback("it must be https");
  const octets = ipv4Octets(host);
  if (octets) {
    if (isNonPublicIpv4(octets)) throw invalidCallback("it names a loopback, private, link-local or reserved address");
    return url.href;
  }
  if (host.startsWith("[")) {
    const groups = ipv6Groups(host.slice(1, -1));
    if (!groups || isNonPublicIpv6(groups)) throw invalidCallback("it names a loopback, private, link-local or reserved address");
    return url.href;
  }
  if (isPrivateName(host)) throw invalidCallback("it names this machine or a private network");
  return url.href;
}
