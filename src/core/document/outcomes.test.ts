import { describe, expect, it } from "vitest";
import { buildDocument } from "./index.ts";
import { findOutcomes, moneyIn } from "./outcomes.ts";

function outcomesOf(text: string) {
  const model = buildDocument(text);
  return findOutcomes(model).map((outcome) => ({
    kind: outcome.kind,
    clause: text.slice(outcome.clause.start, outcome.clause.end),
    measured: outcome.measured,
    online: outcome.online,
  }));
}

describe("findOutcomes", () => {
  it.each([
    ["Closed €2.3M new ARR in 2024.", "revenue", "Closed €2.3M new ARR in 2024"],
    ["Promo codes redeemed 1,900 times.", "orders", "Promo codes redeemed 1,900 times"],
    ["Attendance rose from 61% to 74%.", "attendance", "Attendance rose from 61% to 74%"],
    ["Maintainer of tessellate-cli, used in production by 40+ companies.", "adoption", "Maintainer of tessellate-cli, used in production by 40+ companies"],
    ["Instagram-Aktionen brachten 3.400 Bestellungen.", "orders", "Instagram-Aktionen brachten 3.400 Bestellungen"],
    ["Sorteos con 25 microinfluencers: +22 % de ventas en la tienda online", "orders", "Sorteos con 25 microinfluencers: +22 % de ventas en la tienda online"],
    ["Codes promo : 2 300 ventes générées pour Sézane en 2024.", "orders", "Codes promo : 2 300 ventes générées pour Sézane en 2024"],
    ["Campanha de matrícula com influenciadores: 5.200 novos alunos", "sign_ups", "Campanha de matrícula com influenciadores: 5.200 novos alunos"],
    ["Prenotazioni dal link in bio: circa 400 al mese", "bookings", "Prenotazioni dal link in bio: circa 400 al mese"],
    ["Her explainers drew 420 discovery calls in 2024.", "leads", "Her explainers drew 420 discovery calls in 2024"],
    ["Anrufe an der Hotline um 18 % reduziert", "change", "Anrufe an der Hotline um 18 % reduziert"],
    ["En 2023, notre campagne a réduit les excès de vitesse signalés de 18 %.", "change", "En 2023, notre campagne a réduit les excès de vitesse signalés de 18 %"],
    ["Grew the Discord to 14,200 members; median time-to-first-answer fell from 9 h to 40 min.", "change", "median time-to-first-answer fell from 9 h to 40 min"],
    // Goods sold, clients brought in, requests and tickets booked, people who came in person.
    ["Their \"Aisha box\" sold 5,400 units.", "orders", "Their \"Aisha box\" sold 5,400 units"],
    ["My Instagram home tours brought 23 buyer clients in 2024.", "leads", "My Instagram home tours brought 23 buyer clients in 2024"],
    ["One viral video, 85 consultation requests that month.", "leads", "One viral video, 85 consultation requests that month"],
    ["Campagne TikTok : 2 300 billets réservés en ligne.", "bookings", "Campagne TikTok : 2 300 billets réservés en ligne"],
  ])("reads %s", (text, kind, clause) => {
    const [first] = outcomesOf(text);
    expect(first?.kind).toBe(kind);
    expect(first?.clause).toBe(clause);
    expect(first?.measured).toBe(true);
  });

  it("says whether the result comes from online work", () => {
    expect(outcomesOf("Sorteos con 25 microinfluencers: +22 % de ventas en la tienda online")[0]?.online).toBe(true);
    expect(outcomesOf("Led a 40-person night shift; pick rate up 19%.")[0]?.online).toBe(false);
  });

  it.each([
    ["Club Instagram: 312k followers (up 41% in the 2023/24 season)."],
    ["Animation de la page Facebook de la ville : 48 000 abonnés, +35 % en deux ans"],
    ["Grew @BrightBakes on Instagram from 3,000 to 95,000 followers."],
    ["Sales Manager with a passion for people."],
    ["LinkedIn company page: 8,900 → 47,000 followers (2021–2024)."],
  ])("finds no result in %s", (text) => {
    expect(outcomesOf(text).filter((outcome) => outcome.measured)).toEqual([]);
  });

  it("reads a sum of money to rank results", () => {
    expect(moneyIn("Closed €2.3M new ARR")).toBeCloseTo(2_300_000);
    expect(moneyIn("raised £620K from 14,000 donors")).toBe(620_000);
    expect(moneyIn("volume de 18,6 milhões €")).toBeCloseTo(18_600_000);
    expect(moneyIn("Social-sourced pipeline: $4.1M")).toBeCloseTo(4_100_000);
    expect(moneyIn("3,400 orders")).toBeNull();
  });

  it("stays linear on a sentence of a million characters", () => {
    const text = `${"orders 12% up ".repeat(70_000)}.`;
    const started = performance.now();
    expect(findOutcomes(buildDocument(text)).length).toBeGreaterThanOrEqual(70_000);
    expect(performance.now() - started).toBeLessThan(10_000);
  });
});

describe("a duty is not a result", () => {
  it.each([
    "Conducted sales and implemented marketing plans, increasing our impressions by 200%.",
    "Served as primary PR representative for all news releases and fitness related inquiries.",
    "Processed orders and answered customer enquiries for the web shop.",
    "Managed 40 clients across three regions.",
    "Managed over 10 different education clients' paid social media accounts.",
    "Maintained a framework that ingests 1TB of data each day for over 70 business units.",
    "Sold to 12 distributors in the region.",
  ])("%s", (text) => {
    expect(outcomesOf(text).filter((outcome) => outcome.kind !== "change")).toEqual([]);
  });

  it("still reads the same words as a result after another verb", () => {
    expect(outcomesOf("Drove 1,200 online orders in 2024.").map((outcome) => outcome.kind)).toContain("orders");
  });
});

describe("a middle dot between list items", () => {
  it("ends the clause a result is quoted from", () => {
    const text = "Developed websites to track progress of equipment · Implemented online bidding which increased customer attendance to sales by 100% · Redesigned the site";
    expect(outcomesOf(text).map((outcome) => outcome.clause)).toContain("Implemented online bidding which increased customer attendance to sales by 100%");
  });
});

describe("a results table", () => {
  it("reads a row's label as a result measured by a later cell, the writer's own", () => {
    const text = "Measure\tResult\nResidents reached (Meta, geo-targeted)\t184,000\nExtra vaccination bookings vs. previous winter\t3,100";
    const model = buildDocument(text);
    const bookings = findOutcomes(model).find((outcome) => outcome.kind === "bookings");
    expect(bookings).toMatchObject({ measured: true, achieved: true });
  });

  it("does not measure a row by a year alone", () => {
    const model = buildDocument("Measure\tWhen\nExtra vaccination bookings\t2024");
    expect(findOutcomes(model).find((outcome) => outcome.kind === "bookings")?.measured).toBe(false);
  });

  it("does not read a portfolio's turnover as the writer's doing", () => {
    const model = buildDocument("- Portfolio of 65 owner-managed clients (turnover £0.5m - £15m).");
    expect(findOutcomes(model).find((outcome) => outcome.kind === "revenue")?.done).toBe(false);
  });
});

describe("savings, care given, and numbers that name", () => {
  it("reads money saved as a result, and vaccinations given", () => {
    expect(outcomesOf("- Wrote a demand forecast that cut agency staffing overspend by GBP 310K in 2023.")).toContainEqual(expect.objectContaining({ kind: "savings", measured: true }));
    expect(outcomesOf("- 1,400 vaccinations in winter 2023/24, up from 380.")).toContainEqual(expect.objectContaining({ kind: "bookings", measured: true }));
  });

  it("does not measure a result by a registration number", () => {
    expect(outcomesOf("Birmingham | GPhC registration 2087345")).toEqual([expect.objectContaining({ measured: false })]);
  });
});

describe("a promise and a range of years", () => {
  it("reads a plan or target a result is measured against as no plan", () => {
    const [hires] = findOutcomes(buildDocument("- 46 hires in 2023 against a plan of 40."));
    expect(hires).toMatchObject({ kind: "hires", achieved: true });
    expect(findOutcomes(buildDocument("- We plan 40 hires in 2027.")).every((outcome) => !outcome.achieved)).toBe(true);
  });

  it("reads paid subscribers, pre-orders, money saved and a redeemed code as results", () => {
    const kinds = (text: string) => findOutcomes(buildDocument(text)).map((outcome) => [outcome.kind, outcome.measured, outcome.online]);
    expect(kinds("- A weekly Substack newsletter: 6,100 subscribers, 1,100 of them paid.")).toContainEqual(["sign_ups", true, true]);
    expect(kinds("- Über den Code kamen 3.400 Vorbestellungen.")).toContainEqual(["orders", true, false]);
    expect(kinds("- 70% of my hires came from sourcing on LinkedIn, saving an estimated £290K in agency fees.")).toContainEqual(["savings", true, true]);
    expect(kinds("- Partner for Gymshark: my code was redeemed 14,000 times in 2019.")).toContainEqual(["orders", true, true]);
  });

  it("reads a guaranteed figure as a plan, not as something achieved", () => {
    expect(findOutcomes(buildDocument("- We guarantee a 40% uplift in sign-ups within six months.")).every((outcome) => !outcome.achieved)).toBe(true);
  });

  it("does not end a result's clause at the dash of a range of years", () => {
    const clauses = outcomesOf("- Campaign 2021 – 2022 drove 3,200 orders.").map((outcome) => outcome.clause);
    expect(clauses).toContain("Campaign 2021 – 2022 drove 3,200 orders");
  });
});
