// 6. Advice in the document's language, and every flag said in plain words in each of them.
import { describe, expect, it } from "vitest";
import { analyzeExtracted } from "../src/core/analyze.ts";
import { extractFromText } from "../src/core/extract/index.ts";
import type { Claim, Report } from "../src/core/types.ts";

function analyze(text: string, role: string, documentType: "resume" | "proposal" = "resume"): Report {
  return analyzeExtracted(extractFromText(text), { id: "t", role, documentType, currentYear: 2026 });
}

const CVS = {
  de: [
    "BERUFSERFAHRUNG",
    "Social-Media-Managerin, Backhaus Kurz (2019–2023)",
    "– Aufbau des Instagram-Kanals von 0 auf 38.000 Follower",
    "– Mein privater TikTok-Kanal hat 4.100 Follower und ich poste dort über Brot.",
    "Klout Score: 61.",
  ].join("\n"),
  fr: [
    "EXPÉRIENCE PROFESSIONNELLE",
    "Chargée de communication digitale — Mairie de Villeurbanne (2018–2022)",
    "• Animation de la page Facebook de la ville : 48 000 abonnés",
    "• Mon compte Instagram personnel compte 3 200 abonnés et je publie sur la ville.",
    "Score Klout : 58.",
  ].join("\n"),
  es: [
    "EXPERIENCIA",
    "Community Manager — Cervecería Montaña (Bilbao), 2019–2024",
    "· Crecimiento de Instagram de 4.000 a 38.000 seguidores",
    "· Mi cuenta personal de TikTok tiene 2.900 seguidores y publico sobre cerveza.",
    "Puntuación Klout: 64.",
  ].join("\n"),
};

/** Words each language uses for each flag; a reason that carries a flag must say it. */
const FLAG_WORDS: Record<string, Record<string, RegExp>> = {
  en: {
    no_outcome: /what the audience did|what it led to|reach, not results|only through what it produced|isn't something/,
    vanity_metric: /vanity|reach, not results|only through what it produced|isn't something/,
    no_timeframe: /when|date/,
    defunct_metric: /closed|no longer exists/,
    stale: /out of date|dates the|not as a current figure/,
    unverifiable: /check/,
    implausible_value: /proportion|error|doubt|credible/,
    inconsistent: /different figure/,
    over_emphasis: /looks first/,
    tiny_beside_big: /small/,
  },
  de: {
    no_outcome: /was das Publikum getan hat|Reichweite, keine Ergebnisse|nur durch das, was daraus wurde|nichts, woran/,
    vanity_metric: /Eitelkeit|Reichweite, keine Ergebnisse|nur durch das, was daraus wurde|nichts, woran/,
    no_timeframe: /wann|Datum/,
    defunct_metric: /eingestellt|gibt es nicht mehr/,
    stale: /veraltet|nicht eine aktuelle Zahl/,
    unverifiable: /prüfen/,
    implausible_value: /unverhältnismäßig|Fehler|unglaubwürdig/,
    inconsistent: /andere Zahl/,
    over_emphasis: /zuerst hinschauen/,
    tiny_beside_big: /klein/,
  },
  fr: {
    no_outcome: /ce qu'a fait l'audience|une portée, pas des résultats|que par ce qu'il a produit|pas un critère/,
    vanity_metric: /vanité|une portée, pas des résultats|que par ce qu'il a produit|pas un critère/,
    no_timeframe: /quand|daté|date/,
    defunct_metric: /a fermé|n'existe plus/,
    stale: /dépassé|date le|pas un chiffre actuel/,
    unverifiable: /vérifier/,
    implausible_value: /disproportionné|erreur|crédible/,
    inconsistent: /autre chiffre/,
    over_emphasis: /regarde en premier/,
    tiny_beside_big: /faible/,
  },
  es: {
    no_outcome: /qué hizo la audiencia|alcance, no resultados|solo ayuda|no es algo por lo que/,
    vanity_metric: /vanidad|alcance, no resultados|solo ayuda|no es algo por lo que/,
    no_timeframe: /cuándo|fecha/,
    defunct_metric: /cerró|ya no existe/,
    stale: /desactualizada|anticuado|no una cifra actual/,
    unverifiable: /comprobar/,
    implausible_value: /desproporcionado|error|creíble/,
    inconsistent: /cifra distinta/,
    over_emphasis: /mira primero/,
    tiny_beside_big: /poco/,
  },
};

function expectFlagsSaid(claims: readonly Claim[], language: string): void {
  for (const claim of claims) {
    for (const flag of claim.flags) {
      const words = FLAG_WORDS[language]?.[flag];
      if (words) expect(claim.advice.reason, `${language} ${flag}: ${claim.advice.reason}`).toMatch(words);
    }
  }
}

describe("6. reasons and suggestions in the document's language", () => {
  it.each([
    ["de", /Behalten|Streichen|Ergänzen/, /Lebenslauf|Stelle/],
    ["fr", /Gardez|Supprimez|Ajoutez/, /CV|poste/],
    ["es", /Manténgalo|Elimínelo|Añada/, /currículum|puesto/],
  ] as const)("writes a %s CV's advice in its language", (language, verbs, nouns) => {
    const report = analyze(CVS[language], "Social Media Manager");
    expect(report.document.language).toBe(language);
    expect(report.claims.length).toBeGreaterThanOrEqual(3);
    for (const claim of report.claims) {
      expect(claim.advice.suggestion).toMatch(verbs);
      expect(claim.advice.suggestion).not.toMatch(/\b(?:Keep it|Cut it|Add the)\b/);
    }
    expect(report.summary.headline).toMatch(nouns);
    expectFlagsSaid(report.claims, language);
  });

  it("tells a French CV from a Spanish one", () => {
    expect(analyze(CVS.fr, "Community Manager").document.language).toBe("fr");
    expect(analyze(CVS.es, "Community Manager").document.language).toBe("es");
  });

  it("names a newsletter's open rate in the document's language", () => {
    const text = "PERIODISTA\nEscribo un boletín en Substack con 12.400 suscriptores y una tasa de apertura del 52 %.\nExperiencia en redacción de tecnología.";
    const rate = analyze(text, "Periodista de tecnología").claims.find((claim) => claim.metric === "open_rate");
    expect(rate?.advice.reason).toMatch(/tasa de apertura/);
    expect(rate?.advice.reason).not.toMatch(/open rate/);
  });

  it("keeps platform facts true in every language", () => {
    for (const language of ["de", "fr", "es"] as const) {
      const klout = analyze(CVS[language], "Social Media Manager").claims.find((claim) => claim.platform === "klout");
      expect(klout?.advice.action).toBe("remove");
      expect(klout?.advice.reason).toMatch(/2018/);
    }
  });
});

describe("7. every flag is said in the reason, in plain words", () => {
  const flagged = [
    "SUMMARY",
    "Content creator with 1.4M followers on Instagram and a 94% engagement rate on X.",
    "My Instagram has 1,200,000 followers.",
    "Twitch: 312 followers.",
    "Klout score: 71 (2014).",
    "Blog: 40,000 monthly readers (2015).",
  ].join("\n");

  it("says each flag of each claim in English", () => {
    const report = analyze(flagged, "Content Creator");
    const flags = new Set(report.claims.flatMap((claim) => claim.flags));
    for (const flag of ["implausible_value", "inconsistent", "tiny_beside_big", "defunct_metric", "stale"]) expect(flags).toContain(flag);
    expectFlagsSaid(report.claims, "en");
  });
});

describe("engagement bands in every language", () => {
  it.each([
    ["de", "Berufserfahrung\nSocial Media Managerin, Pixelfabrik GmbH, 2022 – 2024\n- Instagram-Kanal des Studios auf 48.000 Follower ausgebaut; Engagement-Rate auf Instagram 9,5 %.", "Social Media Managerin", "bei Marken"],
    ["fr", "Expérience\nCommunity manager, Maison Dupont, 2022 – 2024\n- Compte Instagram de la marque porté à 48 000 abonnés ; taux d'engagement sur Instagram de 9,5 %.", "Community manager", "pour les marques"],
    ["es", "Experiencia\nCommunity manager, Casa Ruiz, 2022 – 2024\n- Cuenta de Instagram de la marca llevada a 48.000 seguidores; tasa de interacción en Instagram del 9,5 %.", "Community manager", "en marcas"],
  ])("says a brand's usual band in %s", (_language, text, role, band) => {
    const report = analyzeExtracted(extractFromText(text), { id: "t", role, currentYear: 2026 });
    const rate = report.claims.find((claim) => claim.kind === "engagement");
    expect(rate?.flags).toContain("implausible_value");
    expect(rate?.advice.reason).toContain(band);
    expect(rate?.advice.reason).not.toMatch(/for brands|a few percent/);
  });
});
