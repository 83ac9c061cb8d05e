import { describe, expect, it } from "vitest";
import { PLATFORMS, platformById } from "./platforms.ts";

const CONTRACT_IDS = [
  "klout", "kred", "peerindex", "empire_avenue", "linkedin_ssi", "hypeauditor", "stack_overflow", "x", "linkedin",
  "instagram", "facebook", "youtube", "tiktok", "threads", "bluesky", "mastodon", "pinterest", "snapchat", "twitch",
  "reddit", "discord", "slack", "meetup", "nextdoor", "medium", "substack", "devto", "github", "dribbble", "behance",
  "blog", "newsletter", "podcast", "xing", "muck_rack", "google_plus", "vine", "quora", "clubhouse", "whatsapp",
  "eventbrite", "telegram",
];

describe("PLATFORMS", () => {
  it("has unique ids in lower snake case", () => {
    const ids = PLATFORMS.map((entry) => entry.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z][a-z0-9_]*$/);
  });

  it("never gives one alias to two platforms", () => {
    const owners = new Map<string, string>();
    for (const entry of PLATFORMS) {
      const names = [...entry.aliases.map((alias) => alias.toLowerCase()), ...(entry.caseSensitiveAliases ?? [])];
      for (const name of names) {
        const owner = owners.get(name);
        expect(owner === undefined || owner === entry.id, `${name} is claimed by ${owner} and ${entry.id}`).toBe(true);
        expect(owner, `${name} is listed twice under ${entry.id}`).toBeUndefined();
        owners.set(name, entry.id);
      }
    }
  });

  it("gives every entry a source, a label, at least one alias and one kind", () => {
    for (const entry of PLATFORMS) {
      expect(entry.source.trim().length, entry.id).toBeGreaterThan(20);
      expect(entry.label.trim(), entry.id).not.toBe("");
      expect(entry.aliases.length + (entry.caseSensitiveAliases?.length ?? 0), entry.id).toBeGreaterThan(0);
      expect(entry.kinds.length, entry.id).toBeGreaterThan(0);
    }
  });

  it("keeps scales ordered and shutdown dates only on defunct entries", () => {
    for (const entry of PLATFORMS) {
      if (entry.scale && entry.scale.max !== null) expect(entry.scale.min).toBeLessThan(entry.scale.max);
      if (entry.defunctSince !== null) {
        expect(entry.status).toBe("defunct");
        expect(entry.defunctSince).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }
    }
  });

  it("knows every platform id the contract names", () => {
    for (const id of CONTRACT_IDS) expect(platformById(id), id).toBeDefined();
  });

  it("records the scores the guidance names with their scales and status", () => {
    expect(platformById("klout")).toMatchObject({ status: "defunct", defunctSince: "2018-05-25", scale: { min: 1, max: 100 } });
    expect(platformById("peerindex")?.status).toBe("defunct");
    expect(platformById("empire_avenue")?.status).toBe("defunct");
    expect(platformById("kred")?.scale).toEqual({ min: 1, max: 1000 });
    expect(platformById("linkedin_ssi")?.scale).toEqual({ min: 0, max: 100 });
    expect(platformById("hypeauditor")?.scale).toEqual({ min: 1, max: 100 });
    expect(platformById("stack_overflow")?.scale?.max).toBeNull();
    expect(platformById("nope")).toBeUndefined();
  });
});
