import { describe, expect, it } from "vitest";
import { ROLE_FAMILIES, roleFamilyById } from "./roles.ts";

describe("ROLE_FAMILIES", () => {
  it("has at least forty families with unique ids", () => {
    expect(ROLE_FAMILIES.length).toBeGreaterThanOrEqual(40);
    const ids = ROLE_FAMILIES.map((family) => family.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("covers every relevance level", () => {
    const levels = new Set(ROLE_FAMILIES.map((family) => family.relevance));
    expect([...levels].sort()).toEqual(["core", "peripheral", "supporting"]);
  });

  it.each(ROLE_FAMILIES.map((family) => [family.id, family] as const))("%s has titles, a source and no duplicate phrases", (_id, family) => {
    expect(family.titles.length).toBeGreaterThanOrEqual(3);
    expect(family.source ?? "").not.toBe("");
    expect(/^[a-z_]+$/.test(family.id)).toBe(true);
    const phrases = [...family.titles, ...family.synonyms].map((phrase) => phrase.toLowerCase());
    const synonyms = family.synonyms.map((phrase) => phrase.toLowerCase());
    expect(new Set(synonyms).size).toBe(synonyms.length);
    expect(phrases.every((phrase) => phrase.trim().length > 0)).toBe(true);
    expect(new Set(family.platforms).size).toBe(family.platforms.length);
  });

  it("lists the professional platforms the guidance names", () => {
    expect(roleFamilyById("engineering")?.platforms).toEqual(expect.arrayContaining(["github", "stack_overflow"]));
    expect(roleFamilyById("design")?.platforms).toEqual(expect.arrayContaining(["dribbble", "behance"]));
    expect(roleFamilyById("journalism")?.platforms).toContain("muck_rack");
    expect(roleFamilyById("data")?.platforms).toContain("kaggle");
    expect(roleFamilyById("nonexistent")).toBeUndefined();
  });
});
