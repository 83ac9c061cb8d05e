import { describe, expect, it } from "vitest";
import { checkCallbackUrl } from "./callback-target.ts";

describe("checkCallbackUrl", () => {
  it.each([
    "https://hooks.example.com/audit",
    "https://93.184.216.34/hook",
    "https://[2606:4700::6810:84e5]/hook",
    "https://hooks.example.com:8443/a?b=c",
  ])("accepts the public https target %s", (url) => {
    expect(checkCallbackUrl(url)).toBe(new URL(url).href);
  });

  it.each([
    ["plain http", "http://hooks.example.com/audit"],
    ["loopback", "https://127.0.0.1/hook"],
    ["loopback, short form", "https://127.1/hook"],
    ["loopback in decimal", "https://2130706433/hook"],
    ["loopback in hex", "https://0x7f000001/hook"],
    ["loopback in octal", "https://0177.0.0.1/hook"],
    ["loopback in mixed hex", "https://0x7f.0.0.1/hook"],
    ["localhost", "https://localhost/hook"],
    ["a name under localhost", "https://api.localhost/hook"],
    ["localhost with a trailing dot", "https://localhost./hook"],
    ["IPv6 loopback", "https://[::1]/hook"],
    ["IPv4-mapped IPv6 loopback", "https://[::ffff:127.0.0.1]/hook"],
    ["IPv4-mapped IPv6 metadata, in hex", "https://[::ffff:a9fe:a9fe]/hook"],
    ["NAT64 of a private address", "https://[64:ff9b::a00:1]/hook"],
    ["6to4 of a private address", "https://[2002:c0a8:0101::1]/hook"],
    ["the unspecified address", "https://0.0.0.0/hook"],
    ["private 10/8", "https://10.1.2.3/hook"],
    ["private 172.16/12", "https://172.20.0.1/hook"],
    ["private 192.168/16", "https://192.168.1.1/hook"],
    ["carrier-grade NAT", "https://100.64.0.1/hook"],
    ["cloud metadata", "https://169.254.169.254/latest/meta-data"],
    ["metadata by name", "https://metadata.google.internal/computeMetadata"],
    ["a single-label name", "https://intranet/hook"],
    ["IPv6 link-local", "https://[fe80::1]/hook"],
    ["IPv6 unique local", "https://[fd00::1]/hook"],
    ["credentials", "https://user:pass@hooks.example.com/hook"],
    ["not a URL", "hooks.example.com/hook"],
  ])("refuses %s", (_name, url) => {
    expect(() => checkCallbackUrl(url)).toThrowError(expect.objectContaining({ code: "invalid_request", errors: [expect.objectContaining({ field: "callbackUrl" })] }));
  });

  it("keeps to the allow-list where one is set, and lets a listed loopback host take plain http for local tests", () => {
    const allowed = ["hooks.example.com", "*.partner.example", "127.0.0.1"];
    expect(checkCallbackUrl("https://hooks.example.com/a", allowed)).toBe("https://hooks.example.com/a");
    expect(checkCallbackUrl("https://eu.partner.example/a", allowed)).toBe("https://eu.partner.example/a");
    expect(checkCallbackUrl("http://127.0.0.1:8080/a", allowed)).toBe("http://127.0.0.1:8080/a");
    for (const url of ["https://other.example.com/a", "https://partner.example/a", "http://hooks.example.com/a", "https://10.0.0.1/a"]) {
      expect(() => checkCallbackUrl(url, allowed), url).toThrow();
    }
  });
});
