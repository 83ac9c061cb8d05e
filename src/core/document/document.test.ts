import { describe, expect, it } from "vitest";
import { buildDocument, findDates, type DocumentModel, type Entry } from "./index.ts";
import { parseHeader } from "./entries.ts";

function slice(model: DocumentModel, span: { start: number; end: number }): string {
  return model.text.slice(span.start, span.end);
}

/** The entries as a reader would list them: who, what, from, to. */
function entriesOf(text: string): { organization: string | null; title: string | null; from: number | null; to: number | "present" | null }[] {
  return buildDocument(text).entries.map((entry: Entry) => ({
    organization: entry.organization,
    title: entry.title,
    from: entry.dates?.from?.year ?? null,
    to: entry.dates === null ? null : entry.dates.to === "present" ? "present" : (entry.dates.to?.year ?? null),
  }));
}

describe("findDates", () => {
  it.each([
    ["2018–2021", 2018, 2021],
    ["Jan 2019 - Present", 2019, "present"],
    ["03/2019 – heute", 2019, "present"],
    ["seit 03/2020", 2020, "present"],
    ["depuis 2020", 2020, "present"],
    ["depuis mars 2020", 2020, "present"],
    ["desde marzo de 2021", 2021, "present"],
    ["2019 – aujourd’hui", 2019, "present"],
    ["2017 – actualidad", 2017, "present"],
    ["10/2011 to Current", 2011, "present"],
    ["Sept 2018 – May 2023", 2018, 2023],
    ["2019–21", 2019, 2021],
    ["2023/24 season", 2023, 2024],
    ["dal 2018 ad oggi", 2018, "present"],
    ["(2012)", 2012, 2012],
    ["März 2020 – Juni 2022", 2020, 2022],
  ])("reads %s", (written, from, to) => {
    const [range] = findDates(written);
    expect(range?.from?.year).toBe(from);
    expect(range?.to === "present" ? "present" : range?.to?.year).toBe(to);
  });

  it.each([["$2,019 in sales"], ["12.2019.5"], ["1990s"], ["from 3,000 to 95,000 followers"], ["2019 - 20 clients onboarded"]])(
    "reads no range from %s",
    (written) => {
      expect(findDates(written).filter((range) => range.to !== range.from)).toEqual([]);
    },
  );

  it("reads a month's number and name", () => {
    expect(findDates("03/2019 – heute")[0]?.from).toEqual({ year: 2019, month: 3 });
    expect(findDates("Sept 2018 – May 2023")[0]?.to).toEqual({ year: 2023, month: 5 });
  });
});

describe("parseHeader", () => {
  it.each([
    ["Social Media Manager, Acme Zoo", "Acme Zoo", "Social Media Manager"],
    ["Harvest & Co. — Social Media Lead", "Harvest & Co.", "Social Media Lead"],
    ["Acme Zoo | ", "Acme Zoo", null],
    ["Social-Media-Managerin, Stadtwerke Lindau", "Stadtwerke Lindau", "Social-Media-Managerin"],
    ["Community Manager — Cervecería Montaña (Bilbao)", "Cervecería Montaña", "Community Manager"],
    ["Social Media Specialist presso Trattoria Da Nonna Pina (Napoli)", "Trattoria Da Nonna Pina", "Social Media Specialist"],
    ["Chargée de communication digitale — Mairie de Villeurbanne", "Mairie de Villeurbanne", "Chargée de communication digitale"],
    ["Account Representative , Company Name – Newark , NJ", null, "Account Representative"],
  ])("reads %s", (header, organization, title) => {
    expect(parseHeader(header)).toEqual({ organization, title });
  });
});

describe("buildDocument: entries in real layouts", () => {
  it("reads the dates on the title line", () => {
    const text = "EXPERIENCE\nSocial Media Manager, Acme Zoo — 2018–2021\n• Grew the zoo's Instagram to 120K followers.\n• Ran 40 live streams.";
    expect(entriesOf(text)).toEqual([{ organization: "Acme Zoo", title: "Social Media Manager", from: 2018, to: 2021 }]);
  });

  it("reads an organisation and dates in pipes, with the title on the next line", () => {
    const text = "Experience\nAcme Zoo | Jan 2019 - Present\nSocial Media Manager\n- Grew Instagram to 120K followers\n- Ran the zoo's TikTok";
    expect(entriesOf(text)).toEqual([{ organization: "Acme Zoo", title: "Social Media Manager", from: 2019, to: "present" }]);
  });

  it("reads a date line before the title, for each of several jobs", () => {
    const text = [
      "Work History",
      "2019 – 2022",
      "Community Manager, DataFolk",
      "• Founded the DataFolk Slack (12,000 members).",
      "2016 – 2019",
      "Moderator, Reddit r/dataisbeautiful",
      "• Moderated a subreddit of 210,000 members.",
    ].join("\n");
    expect(entriesOf(text)).toEqual([
      { organization: "DataFolk", title: "Community Manager", from: 2019, to: 2022 },
      { organization: "Reddit r/dataisbeautiful", title: "Moderator", from: 2016, to: 2019 },
    ]);
  });

  it("reads a date line after the title", () => {
    const text = "EXPERIENCE\nSocial Media Manager, Acme Zoo\n2018 – 2021\n• Grew the zoo's Instagram to 120K followers.\nSocial Media Assistant, Acme Zoo\n2016 – 2018\n• Posted daily.";
    expect(entriesOf(text)).toEqual([
      { organization: "Acme Zoo", title: "Social Media Manager", from: 2018, to: 2021 },
      { organization: "Acme Zoo", title: "Social Media Assistant", from: 2016, to: 2018 },
    ]);
  });

  it("reads dates written after the bullets, with a location and a duration", () => {
    const text = [
      "Experience",
      "Nexus AI, Co-Founder & CTO",
      "• Raised $18M Series A led by Sequoia Capital",
      "San Francisco, CA",
      "June 2023 – present",
      "2 years 10 months",
      "NVIDIA Research, Research Intern",
      "• Designed a sparse attention mechanism",
      "Santa Clara, CA",
      "May 2022 – Aug 2022",
    ].join("\n");
    expect(entriesOf(text)).toEqual([
      { organization: "Nexus AI", title: "Co-Founder & CTO", from: 2023, to: "present" },
      { organization: "NVIDIA Research", title: "Research Intern", from: 2022, to: 2022 },
    ]);
    const model = buildDocument(text);
    const raised = text.indexOf("Raised");
    expect(model.at(raised).entry?.organization).toBe("Nexus AI");
    expect(model.at(text.indexOf("Designed")).entry?.organization).toBe("NVIDIA Research");
  });

  it("reads German and French dates", () => {
    expect(entriesOf("BERUFSERFAHRUNG\nSocial-Media-Managerin, Stadtwerke Lindau (03/2019 – heute)\n– Aufbau des Instagram-Kanals von 0 auf 12.500 Follower")).toEqual([
      { organization: "Stadtwerke Lindau", title: "Social-Media-Managerin", from: 2019, to: "present" },
    ]);
    expect(entriesOf("EXPÉRIENCE PROFESSIONNELLE\nChargée de communication — Mairie de Lyon, depuis 2020\n• Animation de la page Facebook de la ville : 48 000 abonnés")).toEqual([
      { organization: "Mairie de Lyon", title: "Chargée de communication", from: 2020, to: "present" },
    ]);
  });

  it("reads a job in a row of cells (two columns joined with pipes)", () => {
    const text = "EXPERIENCE\nSocial Media Lead | Harvest & Co. | 2021 – present\n• Took the brand's Instagram from 12K to 186K followers.";
    expect(entriesOf(text)).toEqual([{ organization: "Harvest & Co.", title: "Social Media Lead", from: 2021, to: "present" }]);
    const model = buildDocument(text);
    const cells = model.blocks.filter((block) => block.kind === "table_cell");
    expect(cells.map((cell) => [slice(model, cell.span), cell.column])).toEqual([
      ["Social Media Lead", 0],
      ["Harvest & Co.", 1],
      ["2021 – present", 2],
    ]);
  });

  it("reads an undated job whose line names a title and a place of work, in capitals", () => {
    expect(entriesOf("SOCIAL MEDIA COORDINATOR — HALDEN ZOOLOGICAL PARK\n★ Took the park's TikTok from 1,900 to 410K followers")).toEqual([
      { organization: "HALDEN ZOOLOGICAL PARK", title: "SOCIAL MEDIA COORDINATOR", from: null, to: null },
    ]);
  });

  it("reads no entry from a list under a heading, nor from prose", () => {
    expect(entriesOf("Key achievements\n• Grew sign-ups 40%.\n• Cut churn in half.")).toEqual([]);
    expect(entriesOf("I have over 300,000 followers on Instagram.\nMy campaign generated 12,400 SIM registrations in 2 weeks.")).toEqual([]);
  });
});

describe("buildDocument: sections, blocks and sentences", () => {
  const text = [
    "Jane Doe",
    "PROFILE",
    "Social media manager with 8 years in consumer food brands. Grew three accounts past 100K.",
    "",
    "Berufserfahrung:",
    "• Took instagram.com/harvestandco from 12K to 186K followers in 30 months; Instagram became our",
    "  #2 traffic source to the online shop, approx. 31% of visits.",
    "• Launched the brand TikTok (@harvestandco): 74.5K followers.",
    "## Skills",
    "Platform | Handle | Followers",
    "Instagram\t@lenalifts\t412K",
  ].join("\n");
  const model = buildDocument(text);

  it("finds the sections, their kinds and titles", () => {
    expect(model.sections.map((section) => [section.kind, section.title])).toEqual([
      ["preamble", null],
      ["summary", "PROFILE"],
      ["experience", "Berufserfahrung"],
      ["skills", "Skills"],
    ]);
  });

  it("joins a wrapped bullet into one list item and splits table rows into cells", () => {
    expect(model.blocks.map((block) => block.kind)).toEqual([
      "paragraph", "heading", "paragraph", "heading", "list_item", "list_item", "heading",
      "table_cell", "table_cell", "table_cell", "table_cell", "table_cell", "table_cell",
    ]);
    const item = model.at(text.indexOf("#2 traffic")).block;
    expect(item?.kind).toBe("list_item");
    expect(slice(model, item!.span)).toMatch(/^Took instagram\.com.*of visits\.$/su);
  });

  it("splits sentences, but not after an abbreviation", () => {
    const summary = model.sentences.filter((sentence) => model.blocks[sentence.block]?.kind === "paragraph").map((sentence) => slice(model, sentence.span));
    expect(summary).toEqual(["Jane Doe", "Social media manager with 8 years in consumer food brands.", "Grew three accounts past 100K."]);
    const bullet = model.at(text.indexOf("approx.")).sentence;
    expect(slice(model, bullet!.span)).toMatch(/^Took .*of visits\.$/su);
  });

  it("answers where a position sits", () => {
    const place = model.at(text.indexOf("74.5K"));
    expect(place.section?.title).toBe("Berufserfahrung");
    expect(place.block?.kind).toBe("list_item");
    expect(slice(model, place.sentence!.span)).toBe("Launched the brand TikTok (@harvestandco): 74.5K followers.");
    expect(model.at(text.indexOf("@lenalifts")).block?.column).toBe(1);
  });

  it("names the summary", () => {
    expect(model.summary.map((span) => slice(model, span).split("\n")[0])).toEqual(["PROFILE"]);
  });
});

describe("buildDocument: a bullet wrapped onto the next line", () => {
  it("carries a line that starts in lower case, dates and all, on the bullet above", () => {
    const model = buildDocument(
      "- Started the firm's Instagram account in 2021 (now 4,200 followers); my short videos\nthere and on YouTube brought in 31 new clients in 2024.\n2019 – 2021",
    );
    expect(model.blocks.map((block) => [block.kind, slice(model, block.span)])).toEqual([
      ["list_item", "Started the firm's Instagram account in 2021 (now 4,200 followers); my short videos\nthere and on YouTube brought in 31 new clients in 2024."],
      ["paragraph", "2019 – 2021"],
    ]);
  });
});

describe("buildDocument: a bullet cut after an article", () => {
  it("carries the next line on the bullet, whatever its first letter", () => {
    const text = "- Aufbau des Discord-Servers von 0 auf 14.000 Mitglieder; über den\nDiscord-exklusiven Code kamen 3.400 Vorbestellungen\n- Instagram-Kanal ausgebaut";
    const model = buildDocument(text);
    expect(model.blocks.map((block) => [block.kind, slice(model, block.span)])).toEqual([
      ["list_item", "Aufbau des Discord-Servers von 0 auf 14.000 Mitglieder; über den\nDiscord-exklusiven Code kamen 3.400 Vorbestellungen"],
      ["list_item", "Instagram-Kanal ausgebaut"],
    ]);
    expect(model.entries).toEqual([]);
  });
});

describe("buildDocument: bounds", () => {
  it("reads a one-line document of 1 MB in linear time", () => {
    const line = "Klout 1. ".repeat(120_000);
    const started = performance.now();
    const model = buildDocument(line);
    const elapsed = performance.now() - started;
    expect(model.sentences.length).toBe(120_000);
    expect(model.blocks.length).toBe(1);
    // Generous: a quadratic reading of this text takes minutes.
    expect(elapsed).toBeLessThan(5_000);
  });

  it("reads forty thousand short lines with dates without piling work on one entry", () => {
    const lines = Array.from({ length: 20_000 }, (_, index) => `Job ${index}, Org — 2019–2021\n• Grew sign-ups.`).join("\n");
    const text = `Experience\n${lines}`;
    const model = buildDocument(text);
    expect(model.entries.length).toBe(20_000);
    expect(model.at(text.length - 1).entry?.organization).toBe("Job 19999");
  });
});

describe("lines a PDF wrapped before a figure", () => {
  it("joins a line that ended mid-phrase to the figure that carries it on", () => {
    const text = "Launched a sleep program, resulting in more than 1.4 billion impressions in\n2015.\nConceptualized a rooftop exhibition.";
    const model = buildDocument(text);
    const block = model.blocks.find((candidate) => text.slice(candidate.span.start, candidate.span.end).includes("1.4 billion"));
    expect(text.slice(block!.span.start, block!.span.end)).toBe("Launched a sleep program, resulting in more than 1.4 billion impressions in\n2015.");
  });

  it("keeps a line of dates after a line of words apart", () => {
    const text = "Social Media Manager, Acme\n2019 – 2021";
    const model = buildDocument(text);
    expect(model.blocks.some((candidate) => text.slice(candidate.span.start, candidate.span.end) === "Social Media Manager, Acme")).toBe(true);
  });
});
