import { describe, expect, it } from "vitest";
import { classifyRole } from "./role.ts";
import { normalizeTitle, whiteSpaceSeparated } from "./normalize-title.ts";

describe("normalizeTitle", () => {
  it.each([
    ["Sr. SWE II", "senior software engineer"],
    ["Social-Media-Managerin", "social media manager"],
    ["VP, Mktg & Comms", "vice president marketing communication"],
    ["Responsable communication", "manager communication"],
    ["Vertriebsleiter (m/w/d)", "sale head"],
  ])("%s -> %s", (raw, expected) => {
    expect(normalizeTitle(raw).join(" ")).toBe(expected);
  });

  it("leaves pronouns alone in running text", () => {
    expect(normalizeTitle("own it end to end", { prose: true })).toContain("it");
    expect(normalizeTitle("IT Support")).toEqual(["information", "technology", "support"]);
  });
});

describe("whiteSpaceSeparated", () => {
  it("splits where split(/\\s+/) does, without its empty ends", () => {
    const spaces = Array.from({ length: 0x10000 }, (_, code) => String.fromCharCode(code)).filter((char) => /\s/.test(char));
    const pieces = [...spaces, "a", "bc", "-", "é", "\u200b", "😀", ""];
    let seed = 3;
    for (let round = 0; round < 3000; round += 1) {
      let text = "";
      for (let index = 0; index < 12; index += 1) {
        seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
        text += pieces[seed % pieces.length];
      }
      expect(whiteSpaceSeparated(text), JSON.stringify(text)).toEqual(text.split(/\s+/).filter((word) => word.length > 0));
    }
  });
});

describe("classifyRole from a title", () => {
  it.each([
    ["Sr. SWE II", "engineering", "peripheral"],
    ["Social Media Mgr", "social_media", "core"],
    ["Head of Talent", "recruiting", "supporting"],
    ["Responsable communication", "communications", "supporting"],
    ["Social-Media-Managerin", "social_media", "core"],
    ["Talent Sourcer", "recruiting", "supporting"],
    ["Forklift Operator", "operations", "peripheral"],
    ["Community Managerin", "community", "core"],
    ["Chargée de recrutement", "recruiting", "supporting"],
    ["Gerente de Ventas", "sales", "supporting"],
    ["Desarrolladora Backend", "engineering", "peripheral"],
    ["Infirmière", "health", "peripheral"],
    ["Softwareentwicklerin", "engineering", "peripheral"],
    ["DevRel Lead", "developer_relations", "core"],
    ["Developer Relations Engineer", "developer_relations", "core"],
    ["Marketing Assistant", "marketing", "supporting"],
    ["Executive Assistant", "administration", "peripheral"],
    ["Social Worker", "public_sector", "peripheral"],
    ["Community Nurse", "health", "peripheral"],
    ["Commercial Lawyer", "legal", "peripheral"],
    ["Cloud Architect", "engineering", "peripheral"],
    ["Architect", "built_environment", "peripheral"],
    ["Data Entry Clerk", "administration", "peripheral"],
    ["Brand Evangelist", "influencer_marketing", "core"],
    ["VP Eng", "engineering", "peripheral"],
    ["Kaggle Grandmaster / Data Scientist", "data", "peripheral"],
  ])("%s is %s (%s)", (title, family, relevance) => {
    const role = classifyRole({ role: title });
    expect(role.family).toBe(family);
    expect(role.relevance).toBe(relevance);
    expect(role.source).toBe("title");
    expect(role.evidence.length).toBeGreaterThan(0);
  });

  it.each([
    ["Podcast Producer", "podcast_audio", "core"],
    ["Podcast-Produzentin", "podcast_audio", "core"],
    ["Pastor", "faith_ministry", "supporting"],
    ["Youth Pastor", "faith_ministry", "supporting"],
    ["Pasteure", "faith_ministry", "supporting"],
    ["Evangelism Director", "faith_ministry", "supporting"],
    ["Sommelier", "hospitality", "peripheral"],
    ["Sommelière", "hospitality", "peripheral"],
    ["Sumiller", "hospitality", "peripheral"],
    ["Jefa de Cocina", "hospitality", "peripheral"],
    ["Küchenchefin", "hospitality", "peripheral"],
    ["Website Development", "engineering", "peripheral"],
    ["Website Rebuild and CMS Migration Supplier", "engineering", "peripheral"],
    ["Public awareness campaign", "public_awareness", "core"],
    ["Campagne de sensibilisation", "public_awareness", "core"],
    ["Copywriter", "marketing", "supporting"],
    ["Video Editor", "design", "peripheral"],
    ["Airline Captain", "aviation_transport", "peripheral"],
    ["Political Campaign Manager", "politics", "supporting"],
    ["Concejala", "politics", "supporting"],
    ["Real Estate Agent", "real_estate", "supporting"],
    ["Agente inmobiliario", "real_estate", "supporting"],
    ["Professor", "academia", "peripheral"],
    ["Librarian", "library_information", "peripheral"],
    ["Personal Trainer", "fitness_wellness", "supporting"],
    ["Makeup Artist", "beauty_fashion", "supporting"],
    ["Fotografin", "photography_video", "supporting"],
    ["Professional Athlete", "sports", "supporting"],
    ["Fundraising Campaign Manager", "fundraising", "supporting"],
    ["Digital Media Manager", "content", "core"],
  ])("places %s in %s (%s)", (title, family, relevance) => {
    expect(classifyRole({ role: title })).toMatchObject({ family, relevance, source: "title" });
  });

  it("says unknown rather than guessing", () => {
    for (const title of ["Quantum Widget Whisperer", "Ninja", ""]) {
      const role = classifyRole({ role: title });
      expect(role.relevance).toBe("unknown");
      expect(role.family).toBeNull();
      expect(role.source).toBe("none");
    }
  });

  it("reads words that Object.prototype also holds as plain words", () => {
    // "constructor" once reached the abbreviation table's prototype and threw.
    expect(classifyRole({ role: "constructor" })).toMatchObject({ family: null, relevance: "unknown" });
    expect(() => classifyRole({ role: null, jobDescription: "Write a constructor for every class, then test the constructor." })).not.toThrow();
  });

  it("with no role at all is unknown", () => {
    expect(classifyRole({})).toEqual({ input: null, family: null, relevance: "unknown", source: "none", evidence: [] });
  });
});

describe("classifyRole with a job description", () => {
  it("makes a coordinator core when the job is growing an audience", () => {
    const role = classifyRole({ role: "Marketing Coordinator", jobDescription: "You will grow our TikTok, plan the content calendar and report weekly." });
    expect(role.relevance).toBe("core");
    expect(role.source).toBe("job_description");
    expect(role.evidence.join(" ")).toMatch(/grow our TikTok/);
  });

  it("does not keep a developer advocate core when the job is all on-call infrastructure", () => {
    const role = classifyRole({
      role: "Developer Advocate",
      jobDescription:
        "Be on call for our Kubernetes platform. Own incident response, Terraform modules and Linux hosts. Keep the microservices up; Kubernetes upgrades and on-call runbooks are yours.",
    });
    expect(role.family).toBe("engineering");
    expect(role.relevance).toBe("peripheral");
    expect(role.source).toBe("job_description");
  });

  it("keeps a developer advocate core when the job is talks and community", () => {
    const role = classifyRole({ role: "Developer Advocate", jobDescription: "Give conference talks, write technical blog posts and grow our developer community." });
    expect(role.relevance).toBe("core");
    expect(role.family).toBe("developer_relations");
  });

  it("does not let a recruiter's description of the people hired move the role", () => {
    const role = classifyRole({
      role: "Technical Recruiter",
      jobDescription: "Source software engineers and data engineers; partner with engineering managers; hire backend developers.",
    });
    expect(role.family).toBe("recruiting");
  });

  it("lets an explicit exclusion in the description outweigh an audience title", () => {
    const role = classifyRole({
      role: "Developer Advocate",
      jobDescription: "Developer Advocate (platform team). You own our Kubernetes operators and on-call rotation. No public speaking, content or community work.",
    });
    expect(role.relevance).toBe("peripheral");
    expect(role.source).toBe("job_description");
    expect(role.evidence).toEqual(["No public speaking, content or community work"]);
  });

  it("reads a rule for how audience work is done as no exclusion of it", () => {
    const role = classifyRole({
      role: "Public health awareness campaign",
      jobDescription: "We need a partner to reach residents aged 18-35 through social media. No paid influencer content without clear disclosure.",
    });
    expect(role.relevance).toBe("core");
    expect(role.evidence.join(" ")).not.toMatch(/disclosure/);
  });

  it("does not let what the post only wishes for make a role core", () => {
    const role = classifyRole({ role: "Data Engineer", jobDescription: "We need a data engineer to own our Spark pipelines. Speaking at meetups or writing tutorials is a plus." });
    expect(role.relevance).toBe("peripheral");
  });

  it("keeps a role core when the description names audience duties beside an exclusion", () => {
    const role = classifyRole({ role: "Social Media Manager", jobDescription: "Grow our TikTok and Instagram. No paid social budget management." });
    expect(role.relevance).toBe("core");
  });

  it("places an unknown title from its description", () => {
    const role = classifyRole({
      role: "Associate",
      jobDescription: "Reconcile accounts payable and accounts receivable, prepare the monthly audit pack and tax returns, support the financial controller.",
    });
    expect(role.family).toBe("finance");
    expect(role.source).toBe("job_description");
  });
});

describe("classifyRole on a title seen before", () => {
  it("gives the same answer as the first time, with evidence of its own", () => {
    const first = classifyRole({ role: "Social Media Mgr" });
    first.evidence.push("changed by a caller");
    expect(classifyRole({ role: "Social Media Mgr" })).toEqual({ ...first, evidence: first.evidence.slice(0, -1) });
  });

  it("gives the same answers after more titles than it remembers", () => {
    const titles = ["Sr. SWE II", "Head of Talent", "Quantum Widget Whisperer", "Gerente de Ventas", "DevRel Lead"];
    const before = titles.map((title) => classifyRole({ role: title }));
    for (let index = 0; index < 600; index += 1) classifyRole({ role: `Widget Operator ${index}` });
    expect(titles.map((title) => classifyRole({ role: title }))).toEqual(before);
    expect(titles.map((title) => classifyRole({ role: title }))).toEqual(before);
  });
});

describe("a job description without a title given", () => {
  it("takes its first line for the title when it reads as one the catalog knows", () => {
    const role = classifyRole({ role: null, jobDescription: "Creator Partnerships Lead - Stride Athletic\nBuild and run our creator programme on TikTok." });
    expect(role.input).toBe("Creator Partnerships Lead");
  });

  it("takes no buyer's name or sentence for a title", () => {
    expect(classifyRole({ role: null, jobDescription: "KETTLEBY CITY COUNCIL\nInvitation to tender: a creator programme." }).input).toBeNull();
    expect(classifyRole({ role: null, jobDescription: "We are looking for someone to run our social channels.\nSocial media, content." }).input).toBeNull();
  });
});
