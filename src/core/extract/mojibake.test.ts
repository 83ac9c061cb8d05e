import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { repairMojibake } from "./mojibake.ts";

/** What a UTF-8 text looks like after being read as Windows-1252. */
function misread(text: string): string {
  const cp1252 = new TextDecoder("windows-1252");
  return cp1252.decode(new TextEncoder().encode(text));
}

describe("repairMojibake", () => {
  it.each([
    ["Grew followers by 40% â€“ in 2019", "Grew followers by 40% – in 2019"],
    ["Itâ€™s a â€œthought leaderâ€\u009d", "It’s a “thought leader”"],
    ["RÃ©sumÃ© of JosÃ© GarcÃ­a", "Résumé of José García"],
    ["â€¢ 2.4MMÂ followers", "• 2.4MM followers"],
    ["Managed 3 accountsÂ \nResults", "Managed 3 accounts \nResults"],
    ["Neolithic Ã‡atalhÃ¶yÃ¼k", "Neolithic Çatalhöyük"],
    ["Community College ï¼\u200b City", "Community College  City"],
    ["said â€hello", "said ”hello"],
  ])("repairs %j", (broken, repaired) => {
    expect(repairMojibake(broken)).toBe(repaired);
  });

  it("repairs text read wrongly twice", () => {
    expect(repairMojibake(misread(misread("Café — 12K abonnés")))).toBe("Café — 12K abonnés");
  });

  it.each(["Café crème à la carte", "Ação e função", "Größe und Übung", "prêt-à-porter", "Ângela Ñuñez", "São Paulo: 23,4 mil seguidores", "Â", "naïve résumé…"])(
    "leaves real writing as it is: %j",
    (text) => {
      expect(repairMojibake(text)).toBe(text);
    },
  );

  it("reads back any text of words and punctuation misread once", () => {
    const pieces = fc.constantFrom("café", "Ação", "naïve", "über", "ÉTÉ", "José’s", "“quoted”", " – ", " — ", " • ", "…", " €12", "™", " ", "Größe", "señor", "12K", "Ñ");
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 20 }), (parts) => {
        const text = parts.join("");
        expect(repairMojibake(misread(text))).toBe(text);
      }),
    );
  });

  it("changes nothing the second time", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 80 }), (text) => {
        const once = repairMojibake(text);
        expect(repairMojibake(once)).toBe(once);
      }),
    );
  });
});
