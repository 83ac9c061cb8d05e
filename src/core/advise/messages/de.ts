// Die Hinweise auf Deutsch.
import type { ClaimFlag } from "../../types.ts";
import { appendInside, capitalise, handleOrLink, formatNumberIn, listWith, type NumberStyle, withKnownYear } from "./format.ts";
import type { FlagWords, HeadlineWords, Messages, RuleWords, SummaryPoint, Worded } from "./types.ts";

const MONTHS = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"];

const STYLE: NumberStyle = { group: ".", decimal: ",", billions: (value) => `${value} Mrd.`, millions: (value) => `${value} Mio.` };
const formatNumber = (value: number) => formatNumberIn(value, STYLE);

const METRICS: Record<string, string> = {
  viewers: "Zuschauer",
  followers: "Follower",
  subscribers: "Abonnenten",
  members: "Mitglieder",
  connections: "Kontakte",
  views: "Aufrufe",
  impressions: "Impressionen",
  likes: "Likes",
  fans: "Fans",
  downloads: "Downloads",
  readers: "Leser",
  visitors: "Besucher",
  listeners: "Hörer",
  stars: "Sterne",
  plays: "Wiedergaben",
  reach: "Reichweite",
  shares: "Shares",
  comments: "Kommentare",
  engagement_rate: "Engagement-Rate",
  open_rate: "Öffnungsrate",
  click_rate: "Klickrate",
  completion_rate: "Abschlussrate",
  save_rate: "Speicherrate",
  share_rate: "Teilungsrate",
  reputation: "Reputation",
  clicks: "Klicks",
  reads: "Lesezugriffe",
};

function metricWords(metric: string): string {
  return METRICS[metric] ?? metric.replaceAll("_", " ");
}

const PEOPLE: Record<string, string> = {
  engineering: "Entwickler",
  data: "Data Scientists",
  design: "Designer",
  research: "Forschende",
  academia: "Wissenschaftler",
  education: "Lehrkräfte",
  sales: "Vertriebsleute",
  recruiting: "Recruiter",
  people_hr: "HR-Fachleute",
  journalism: "Journalisten",
  communications: "Kommunikationsleute",
  photography_video: "Fotografen und Filmemacher",
  real_estate: "Makler",
  fitness_wellness: "Trainer",
  sports: "Sportler",
};

const OUTCOME_NOUNS: Record<string, string> = {
  social_media: "Bestellungen, Anmeldungen oder Umsatz",
  community: "Bindung, Anmeldungen oder Umsatz",
  influencer_marketing: "Umsatz oder Anmeldungen aus den Kampagnen",
  creator: "Markenkooperationen oder Umsatz",
  content: "Anmeldungen, Leads oder Umsatz",
  podcast_audio: "Sponsoren oder Hörer, die handeln",
  digital_pr: "Berichterstattung",
  developer_relations: "Anmeldungen, Nutzung oder Teilnehmende",
  public_awareness: "Menschen, die handeln: Anmeldungen, Meldungen, Zusagen",
  communications: "Berichterstattung",
  journalism: "Leser oder aufgegriffene Geschichten",
  marketing: "Leads, Anmeldungen oder Umsatz",
  sales: "Termine oder Abschlüsse",
  real_estate: "Käuferanfragen oder Verkäufe",
  recruiting: "Einstellungen",
  consulting: "gewonnene Kunden",
  founders_executives: "Kunden, Anmeldungen oder Investitionen",
  events: "Anmeldungen und Teilnehmende",
  fundraising: "Spenden",
  speaking_coaching: "Buchungen oder Teilnehmende",
  advocacy_campaigns: "Anmeldungen, Unterschriften oder Beteiligung",
  politics: "Freiwillige, Anmeldungen oder Beteiligung",
  faith_ministry: "Besucher, Freiwillige oder Spenden",
  arts_entertainment: "Aufträge oder Buchungen",
  photography_video: "Aufträge oder Buchungen",
  fitness_wellness: "Kunden oder Buchungen",
  beauty_fashion: "Buchungen oder Umsatz",
  hospitality: "Buchungen oder Gäste",
  sports: "Sponsoren oder Ticketverkäufe",
};

const RESULTS: Record<string, string> = {
  social_media: "[N] Online-Bestellungen",
  community: "[N] Anmeldungen",
  influencer_marketing: "[N] Verkäufe aus den Kampagnen",
  creator: "[N] bezahlte Kooperationen",
  content: "[N] Anmeldungen",
  podcast_audio: "[N] Sponsoring-Verträge",
  digital_pr: "[N] Medienberichte",
  developer_relations: "[N] Entwickler-Anmeldungen",
  public_awareness: "[N] Menschen, die [handelten]",
  communications: "[N] Medienberichte",
  journalism: "[N] Leser im Monat",
  marketing: "[N] qualifizierte Leads",
  sales: "[N] vereinbarte Termine",
  real_estate: "[N] Käuferanfragen",
  recruiting: "[N] Einstellungen",
  consulting: "[N] Kundenaufträge",
  founders_executives: "[N] Kunden",
  events: "[N] Anmeldungen",
  fundraising: "[Betrag] an Spenden",
  speaking_coaching: "[N] bezahlte Buchungen",
  advocacy_campaigns: "[N] Anmeldungen",
  politics: "[N] Freiwillige",
  faith_ministry: "[N] neue Freiwillige",
  arts_entertainment: "[N] Aufträge",
  photography_video: "[N] Aufträge",
  fitness_wellness: "[N] neue Kunden",
  beauty_fashion: "[N] Buchungen",
  hospitality: "[N] Buchungen",
  sports: "[N] Sponsoring-Verträge",
};

function quote(text: string): string {
  return `„${text}“`;
}

/** The document with its article: "den Lebenslauf", "das Angebot" (accusative), "der Lebenslauf" (nominative). */
function accusative(doc: string): string {
  return doc === "Angebot" ? "das Angebot" : `den ${doc}`;
}
function nominative(doc: string): string {
  return doc === "Angebot" ? "das Angebot" : `der ${doc}`;
}
function whole(doc: string): string {
  return doc === "Angebot" ? "das ganze Angebot" : `den ganzen ${doc}`;
}

function list(items: readonly string[]): string {
  return listWith(items, "und");
}

/** The role reference (nominative, "die Stelle „X“" or "der Auftrag „X“") after "für" and after "bei". */
function accusativeRole(ref: string): string {
  return ref.startsWith("der Auftrag") ? `den${ref.slice(3)}` : ref;
}
function dativeRole(ref: string): string {
  return ref.startsWith("der Auftrag") ? `dem${ref.slice(3)}` : ref.startsWith("die Stelle") ? `der${ref.slice(3)}` : ref;
}

function keepOrDate(words: RuleWords): string {
  if (words.asOf !== "") return `Behalten Sie die Angabe und ergänzen Sie das Datum: ${quote(words.dated)}.`;
  return words.needsFix ? "Behalten Sie die Angabe." : "Behalten Sie die Angabe so.";
}

/** The rewrite that adds what the claim lacks; a craft platform's figure gets what shows the craft, never a sales tail. */
function withResult(words: RuleWords): string {
  switch (words.platform) {
    case "github":
    case "gitlab":
      return quote(`${words.dated}, genutzt von [Teams oder Firmen]`);
    case "stack_overflow":
      return quote(`${words.dated}, vor allem Antworten zu [Thema]`);
    case "dribbble":
    case "behance":
      return quote(`${words.dated}; [Projekt] gewann [Kunde oder Preis]`);
    case "kaggle":
      return quote(`${words.dated}: [Wettbewerb], Platz [N] von [N] Teams`);
    default:
      if (words.owner === "self" && words.relevance !== "core") return quote(`${words.dated}, was zu [was es Ihnen gebracht hat] führte`);
      return quote(`${words.dated}, was ${words.result} brachte`);
  }
}

/** Eine Influencer-Liste für eine Stelle, die keine braucht: streichen, auch wenn sie das eigene Fach betrifft. */
function cutList(words: RuleWords): string {
  return words.showcase ? `Streichen Sie sie und ${showcaseInstead(words, "")}.` : "Streichen Sie sie: Auch eine Liste aus Ihrem Fach bewertet eine Reichweite, nicht die Arbeit.";
}

function showcaseInstead(words: RuleWords, fallback: string): string {
  return words.showcase ? `stellen Sie stattdessen ${words.showcase} nach vorn` : fallback;
}

function ownerWords(words: RuleWords): string {
  const on = words.label ? ` auf ${words.label}` : "";
  if (words.ownerName) return `das Konto von ${words.ownerName}${on}`;
  if (words.proposal && words.owner === "organization") return `das eigene Konto Ihrer Agentur${on}`;
  return words.owner === "client" ? `das Konto eines Kunden${on}` : `das Konto einer Organisation${on}`;
}

/** The usual engagement bands, said in German. */
const USUAL: Readonly<Record<string, string>> = {
  "2.6–5.7% for brands, up to about 10% for creators": "2,6–5,7 % bei Marken, bis etwa 10 % bei Creators",
  "0.5–1% for brands, a few percent for creators": "0,5–1 % bei Marken, einige Prozent bei Creators",
  "about 0.06% for brands": "etwa 0,06 % bei Marken",
  "about 0.03% for brands": "etwa 0,03 % bei Marken",
  "a few percent": "einige Prozent",
  "well under 1%": "deutlich unter 1 %",
};

function implausibleReason(words: RuleWords): string {
  const figure = capitalise(words.figure);
  const why = words.implausible;
  switch (why?.type) {
    case "over_100":
      return `${figure} liegt über 100 %; Leser halten das für einen Fehler und zweifeln dann am Rest.`;
    case "off_scale":
      return `${figure} liegt außerhalb der Skala von ${words.label ?? "diesem Dienst"} (${why.min}–${formatNumber(why.max)}); Leser halten das für einen Fehler und zweifeln an den Zahlen daneben.`;
    case "above_band":
      return `${figure} liegt weit über dem, was Konten auf ${words.label ?? "dieser Plattform"} üblicherweise erreichen (${USUAL[why.usual] ?? why.usual}); ohne Angabe, wie gemessen wurde, wirkt das unglaubwürdig.`;
    case "likes_above_audience":
      return `${figure} pro Beitrag sind mehr als das ganze Publikum des Kontos (${formatNumber(why.audience.value ?? 0)}); ohne einen viralen Beitrag wirkt das unglaubwürdig.`;
    default:
      return `${figure} wirkt unverhältnismäßig; Leser zweifeln daran und an den Zahlen daneben.`;
  }
}

function craftRewrite(words: RuleWords): string {
  switch (words.platform) {
    case "github":
    case "gitlab":
      return `Sagen Sie, was die Sterne über die Arbeit zeigen: ${quote(`${words.dated}, genutzt von [Teams oder Firmen]`)}.`;
    case "stack_overflow":
      return `Sagen Sie, womit Sie sie verdient haben: ${quote(`${words.dated}, vor allem Antworten zu [Thema]`)}.`;
    case "linkedin":
    case "linkedin_ssi":
      return `Sagen Sie, was es gebracht hat: ${withResult(words)}.`;
    case "dribbble":
    case "behance":
      return `Sagen Sie, wozu die Arbeit geführt hat: ${quote(`${words.dated}; [Projekt] gewann [Kunde oder Preis]`)}.`;
    default:
      return `Sagen Sie, was es über die Arbeit zeigt, und wann: ${quote(`${words.dated}, [was daraus wurde]`)}.`;
  }
}

function rule(words: RuleWords): Worded {
  const { action, roleRef, doc } = words;
  const figure = capitalise(words.figure);
  const label = words.label ?? "Dieser Dienst";
  switch (words.rule) {
    case "hidden_text":
      return {
        reason: `Dieser Text ist in der Datei versteckt: Leser können ihn nicht sehen, er belegt also nichts, und Software, die versteckten Text findet, kann ${whole(doc)} als Keyword-Stuffing werten.`,
        suggestion: "Löschen Sie den versteckten Text. Wenn die Zahl wichtig ist, schreiben Sie sie sichtbar hin, mit dem, was sie bewirkt hat.",
        covers: ["hidden_text", "no_outcome", "no_timeframe", "vanity_metric", "unverifiable"],
      };
    case "defunct_platform_past_work":
      return {
        reason: `${figure} belegt Ihre damalige Arbeit, aber ${label} wurde${words.closed ? ` im ${words.closed}` : ""} eingestellt: Niemand kann die Zahl prüfen, und ${words.year ? `nur ihr Jahr (${words.year}) zeigt, dass sie nicht aktuell ist,` : "ohne Jahr liest sie sich wie eine aktuelle Zahl"} eines Dienstes, den es nicht mehr gibt.`,
        suggestion:
          action === "remove"
            ? "Streichen Sie sie; die Zeile ist mit einem Ergebnis Ihrer Arbeit besser genutzt."
            : `Behalten Sie sie als Rückblick, mit Jahr und Ergebnis: ${quote(`${words.dated}, [was es bewirkt hat]`)}.`,
        covers: ["defunct_metric", "stale", "no_timeframe", "unverifiable"],
      };
    case "defunct_score":
      return {
        reason: words.closed
          ? `${label} wurde im ${words.closed} eingestellt; ${words.figure} lässt ${accusative(doc)} veraltet wirken und ist nicht mehr überprüfbar.`
          : `${label} gibt es nicht mehr; ${words.figure} lässt ${accusative(doc)} veraltet wirken und ist nicht mehr überprüfbar.`,
        suggestion: words.showcase
          ? `Streichen Sie die Angabe und stellen Sie stattdessen ${words.showcase} nach vorn.`
          : words.relevance === "peripheral"
            ? "Streichen Sie die Angabe; die Zeile ist für ein Ergebnis aus Ihrer Arbeit besser genutzt."
            : `Streichen Sie die Angabe. Wenn Sie eine Zahl wollen, nehmen Sie eine aktuelle mit Datum und Wirkung, z. B. ${quote(`[N] Follower auf [Plattform] (Stand: [Monat Jahr]), was ${words.result} brachte`)}.`,
        covers: ["defunct_metric", "stale", "unverifiable"],
      };
    case "inconsistent_figure":
      return {
        reason: "Für dieses Konto stehen zwei Zahlen im Dokument; Leser glauben nur einer davon.",
        suggestion: `Ergänzen Sie, was sie bewirkt hat: ${quote(`${words.dated}, was ${words.result} brachte`)}.`,
        covers: [],
      };
    case "guaranteed_figure":
      return {
        reason: `${figure} ist versprochen, nicht erreicht: Eine Zahl, die vor Beginn der Arbeit garantiert wird, belegt nichts.`,
        suggestion: "Streichen Sie die Garantie; zeigen Sie stattdessen, was eine frühere Kampagne für einen ähnlichen Kunden erreicht hat, mit Datum und Ergebnis.",
        covers: ["no_outcome", "no_timeframe", "vanity_metric"],
      };
    case "figure_beside_promise":
      return {
        reason: `${figure} mag stimmen, steht aber neben einer Behauptung, die niemand prüfen kann; das lässt Kunden an beidem zweifeln.`,
        suggestion: action === "remove" ? "Streichen Sie sie; für diese Aufgabe trägt sie nichts bei." : "Streichen Sie den Superlativ und belegen Sie die Zahl: Handle oder Link, Datum und was sie bewirkt hat.",
        covers: ["no_outcome", "no_timeframe", "vanity_metric"],
      };
    case "implausible_value":
      return {
        reason: implausibleReason(words),
        suggestion:
          action === "remove"
            ? `Prüfen Sie die Zahl oder lassen Sie sie weg: Für ${accusativeRole(roleRef)} bringt sie nichts, und eine zweifelhafte Zahl kostet mehr, als sie nützt.`
            : `Prüfen Sie die Zahl an der Quelle und korrigieren Sie sie${words.kind === "influence_score" ? " (ein „Klout 850“ ist meist ein Kred-Score)" : ""}; wenn sie stimmt, sagen Sie, wie gemessen wurde: welche Beiträge, welcher Zeitraum.`,
        covers: ["implausible_value"],
      };
    case "tiny_beside_big":
      return {
        reason: `Neben Ihren ${words.mainAudience ?? "großen Zahlen"} wirkt ${words.figure} klein und schwächt die Seite.`,
        suggestion: `Streichen Sie die Angabe und lassen Sie ${words.mainAudience ?? "Ihre Hauptzahl"} für sich sprechen.`,
        covers: ["tiny_beside_big"],
      };
    case "self_label":
      if (action === "reframe") {
        return {
          reason: `${quote(words.text)} ist ein Etikett, das jeder für sich beanspruchen kann; Leser wollen den Beleg dahinter.`,
          suggestion: words.showcase
            ? `Ersetzen Sie das Etikett durch den Beleg, etwa ${words.showcase}.`
            : `Ersetzen Sie das Etikett durch den Beleg: das aufgebaute Publikum und was es bewirkt hat, z. B. ${quote(`[Konto] mit [N] Followern (Stand: [Monat Jahr]), was ${words.result} brachte`)}.`,
          covers: ["unverifiable"],
        };
      }
      return {
        reason: `${words.proposal ? "Das Team" : "Sich selbst"} ${quote(words.text)} zu nennen, wirkt wie Eigenwerbung und ersetzt keinen Beleg; für ${accusativeRole(roleRef)} zählen Ergebnisse.`,
        suggestion: `Streichen Sie ${quote(words.text)} und ${showcaseInstead(words, "lassen Sie ein Ergebnis sprechen: was erreicht wurde, wie viel und wann")}.`,
        covers: ["unverifiable"],
      };
    case "professional_platform_with_outcome":
      return { reason: `Auf ${label} zeigen ${words.people} ihre Arbeit, und hier steht ein Ergebnis dabei (${words.outcome}): Das belegt das Können.`, suggestion: keepOrDate(words), covers: [] };
    case "professional_platform_score":
      return {
        reason: `${figure} ist ein Wert, an dem ${words.people} gemessen werden; er kann bleiben, aber was Ihr Netzwerk gebracht hat, sagt mehr.`,
        suggestion: words.outcome ? keepOrDate(words) : `Behalten Sie ihn und ergänzen Sie, was Ihr Netzwerk gebracht hat: ${withResult(words)}.`,
        covers: [],
      };
    case "professional_platform_ranking":
    case "professional_platform":
      return {
        reason: `Auf ${label} zeigen ${words.people} ihre Arbeit, daher zählt ${words.figure} hier${action === "strengthen" ? "; allein sagt es aber nicht, was die Arbeit erreicht hat" : ""}.`,
        suggestion: action === "keep" ? "Behalten Sie die Angabe; ein Link zum Profil macht es überprüfbar." : craftRewrite(words),
        covers: action === "strengthen" ? ["no_outcome", "vanity_metric"] : [],
      };
    case "ranking_sourced":
      if (action === "remove") {
        return {
          reason: `Eine Influencer-Liste sagt wenig darüber, wie ${words.proposal ? "das Team" : "Sie"} ${accusativeRole(roleRef)} ausfüllen ${words.proposal ? "würde" : "würden"}; die Zeile ist für ein Ergebnis besser genutzt.`,
          suggestion: cutList(words),
          covers: [],
        };
      }
      return { reason: "Eine benannte Liste mit Herausgeber und Jahr können Leser überprüfen.", suggestion: "Behalten Sie sie; ein Link zur Liste macht sie leicht überprüfbar.", covers: [] };
    case "ranking":
      if (action === "remove") {
        return {
          reason: `Eine „Top-Influencer“-Liste sagt wenig darüber, wie ${words.proposal ? "das Team" : "Sie"} ${accusativeRole(roleRef)} ausfüllen ${words.proposal ? "würde" : "würden"}; die Zeile ist für ein Ergebnis besser genutzt.`,
          suggestion: cutList(words),
          covers: [],
        };
      }
      return {
        reason: `Eine Platzierung zählt nur, wenn Leser sie prüfen können, und hier fehlt ${words.year === null ? "Herausgeber und Jahr" : "der Herausgeber"}.`,
        suggestion: `Nennen Sie ${words.year === null ? "Herausgeber und Jahr" : "den Herausgeber"}: ${quote(`${words.text} ([Herausgeber], ${words.year ?? "[Jahr]"})`)}, und verlinken Sie die Liste.`,
        covers: ["unverifiable", "no_timeframe"],
      };
    case "live_score": {
      const scale = words.scale && !new RegExp(`(?:/|von\\s?)${words.scale.max.replace(/[^\d]/g, "")}|outreach|level`, "iu").test(words.quote.replace(/[^\p{L}\d/ ]/gu, "")) ? ` von ${words.scale.max}` : "";
      // The scale goes right after the score: "HypeAuditor AQS 91 of 100 (excellent)".
      const scaled = scale === "" ? words.quote : words.quote.includes(words.text) ? words.quote.replace(words.text, `${words.text}${scale}`) : `${words.quote}${scale}`;
      if (action === "strengthen") {
        return {
          reason: `${figure} sagt ohne Skala${words.scale && words.label ? ` (${words.label} reicht von ${words.scale.min} bis ${words.scale.max})` : ""} und Wirkung wenig, und Werte verschiedener Dienste sind nicht vergleichbar.`,
          suggestion: `Nennen Sie Skala und Datum, ${quote(`${words.asOf === "" ? withKnownYear(scaled, words.year) : appendInside(scaled, words.asOf.slice(2, -1))}`)}, und sagen Sie, was das Publikum dahinter getan hat.`,
          covers: ["no_outcome", "not_comparable"],
        };
      }
      if (action === "reframe") {
        return {
          reason: `${figure} misst Aktivität auf einer Website, keine Ergebnisse; Leser wollen wissen, was Ihr Netzwerk gebracht hat.`,
          suggestion: `Ersetzen Sie den Wert durch das, was Ihr Netzwerk gebracht hat, z. B. ${quote(`${words.result} über ${words.platform === "linkedin_ssi" ? "LinkedIn" : words.proposal ? "unser Netzwerk" : "mein Netzwerk"} in ${words.year ?? "[Jahr]"}`)}.`,
          covers: ["no_outcome"],
        };
      }
      return {
        reason: `${figure} hat mit der Arbeit für ${accusativeRole(roleRef)} nichts zu tun und kann wie Zeit wirken, die anderswo verbracht wurde.`,
        suggestion: `Streichen Sie ihn; ${showcaseInstead(words, "nutzen Sie die Zeile für ein Ergebnis aus dem Job")}.`,
        covers: [],
      };
    }
    case "organization_account":
      if (action === "reframe") {
        return {
          reason: `${capitalise(ownerWords(words))} zu betreuen, ist echte Arbeit, aber nicht das, woran ${roleRef} gemessen wird; eine Zeile zum Ergebnis genügt.`,
          suggestion: words.outcome ? `Fassen Sie die Angabe in eine kurze Zeile gegen Ende, angeführt vom Ergebnis (${words.outcome}).` : `Fassen Sie die Angabe in eine kurze Zeile gegen Ende: ${withResult(words)}.`,
          covers: [],
        };
      }
      return {
        reason: words.proposal && words.owner === "organization"
          ? `Das ist ${ownerWords(words)}; die Zahl zeigt, dass das Team ein Publikum aufbauen kann, was für ${accusativeRole(roleRef)} zählt.`
          : words.relevance === "core"
            ? `Das ist ${ownerWords(words)}; die Zahl zeigt Arbeit für ${words.owner === "client" ? "einen Kunden" : "eine Organisation"}, und genau darum geht es bei ${dativeRole(roleRef)}.`
            : `Das ist ${ownerWords(words)}; die Zahl zeigt Arbeit für ${words.owner === "client" ? "einen Kunden" : "eine Organisation"} und dass Sie ein Publikum aufbauen können, was bei ${dativeRole(roleRef)} hilft.`,
        suggestion: words.outcome
          ? words.outcomeElsewhere
            ? `Behalten Sie die Angabe und verknüpfen Sie sie mit dem Ergebnis, das Sie für diese Stelle nennen (${words.outcome})${words.asOf ? `, mit Datum: ${quote(words.dated)}` : ""}.`
            : keepOrDate(words)
          : `Behalten Sie die Angabe und ergänzen Sie Datum und Wirkung: ${withResult(words)}.`,
        covers: [],
      };
    case "proposal_needs_evidence":
      return {
        reason: `Auftraggeber wollen ${words.figure} prüfen, und es fehlen Handle, Link und Datum.`,
        suggestion: `Ergänzen Sie sie: ${quote(appendInside(words.quote, `${handleOrLink(words.platform, "@[Handle]", "[Link]")}, ${words.year ?? "[Monat Jahr]"}`))}, und verlinken Sie Profil oder Quelle.`,
        covers: ["unverifiable", "no_timeframe"],
      };
    case "audience_with_outcome":
      if (action === "reframe") {
        return {
          reason: `Für ${accusativeRole(roleRef)} zählt das Ergebnis (${words.outcome}), die Publikumszahl viel weniger.`,
          suggestion: `Behalten Sie eine Zeile gegen Ende des ${doc}s, die mit dem Ergebnis beginnt; ${words.figure} nur als Mittel.`,
          covers: [],
        };
      }
      return {
        reason: words.outcomeElsewhere
          ? `${figure} steht neben einem Ergebnis, das Leser schätzen (${words.outcome}); sagen Sie, dass das eine zum anderen geführt hat.`
          : `Die Angabe verbindet ${words.figure} mit einem Ergebnis, das Leser schätzen (${words.outcome}).`,
        suggestion: words.outcomeElsewhere ? `Sagen Sie, welchen Anteil es an diesem Ergebnis hatte, mit Datum: ${quote(`${words.dated}, was [seinen Anteil am Ergebnis] brachte`)}.` : keepOrDate(words),
        covers: [],
      };
    default:
      if (action === "remove") {
        return {
          reason: `${figure} ist nichts, woran ${roleRef} gemessen wird, und kann wie Zeit wirken, die der Arbeit fehlt.`,
          suggestion: words.showcase
            ? `Streichen Sie die Angabe und stellen Sie stattdessen ${words.showcase} nach vorn.`
            : "Streichen Sie die Angabe. Wenn das Publikum etwas zeigt, das die Stelle schätzt (Lehren, Schreiben, ein Projekt), sagen Sie das in einer Zeile.",
          covers: [],
        };
      }
      if (action === "reframe") {
        return {
          reason: `${figure} hilft bei ${dativeRole(roleRef)} nur durch das, was daraus wurde: ${words.noun}.`,
          suggestion: `Verknüpfen Sie die Angabe mit der Stelle, ${withResult(words)}, oder fassen Sie sie in eine kurze Zeile.`,
          covers: ["no_outcome", "vanity_metric"],
        };
      }
      return {
        reason: `${figure} zeigt Reichweite, keine Ergebnisse: Leser wollen wissen, was das Publikum getan hat, und wann.`,
        suggestion: `Ergänzen Sie Ergebnis und Datum: ${withResult(words)}.`,
        covers: ["no_outcome", "vanity_metric", "no_timeframe"],
      };
  }
}

function flag(flag: ClaimFlag, words: FlagWords): string | null {
  switch (flag) {
    case "no_outcome":
      return "Die Angabe sagt nicht, was das Publikum getan hat.";
    case "vanity_metric":
      return "Allein wirkt eine solche Zahl wie Eitelkeit.";
    case "no_timeframe":
      return "Der Angabe fehlt ein Datum.";
    case "unverifiable":
      return words.promise
        ? `${quote(words.promise)} ist ein Versprechen, das niemand prüfen kann; ${words.proposal ? "Auftraggeber lesen" : "Leser lesen"} es als Werbesatz.`
        : words.publicCount !== null
          ? `YouTube zeigt Abonnentenzahlen gerundet (hier ${words.publicCount}); wer den Kanal öffnet, sieht also eine andere Zahl.`
          : `${words.proposal ? "Auftraggeber können" : "Leser können"} sie nicht prüfen: Es fehlen Handle, Link und Datum.`;
    case "implausible_value":
      return `${capitalise(words.figure)} wirkt unverhältnismäßig; prüfen Sie sie.`;
    case "inconsistent":
      return words.others.length > 0
        ? `Eine andere Zeile nennt für dasselbe Konto eine andere Zahl (${list(words.others)}).`
        : "Eine andere Zeile nennt für dasselbe Konto eine andere Zahl.";
    case "stale":
      if (words.kind === "ranking") return words.year ? `Sie stammt von ${words.year}; eine neuere Auszeichnung wöge mehr.` : "Sie wirkt wie eine alte Auszeichnung.";
      if (words.year && (words.pastWork || words.kind === "reach" || words.kind === "engagement")) return `Sie stammt von ${words.year} und zeigt, was diese Arbeit damals erreicht hat, nicht eine aktuelle Zahl.`;
      if (words.year) return `Sie stammt von ${words.year}; eine so alte Zahl wirkt veraltet.`;
      return words.formerName ? `Sie nennt X beim alten Namen ${words.formerName} und wirkt daher veraltet.` : "Sie wirkt veraltet.";
    case "not_comparable":
      return "Über mehrere Plattformen addierte Summen lassen sich weder vergleichen noch prüfen.";
    case "over_emphasis":
      return `Sie steht dort, wo Leser zuerst hinschauen, vor der Arbeit, um die es ${words.proposal ? "im Angebot" : "in der Stelle"} geht.`;
    case "defunct_metric":
      return `${words.label ?? "Der Dienst"} wurde eingestellt; niemand kann sie prüfen.`;
    case "hidden_text":
      return "Sie ist für Leser versteckt.";
    case "tiny_beside_big":
      return words.mainAudience ? `Neben Ihren ${words.mainAudience} wirkt sie klein.` : "Neben Ihrer Hauptzahl wirkt sie klein.";
    case "off_target_audience":
      return `Der Auftraggeber ist in ${words.place ?? "einer Region"} tätig; eine Reichweite anderswo sagt wenig darüber, ob Sie die Menschen dort erreichen, solange der lokale Anteil fehlt.`;
    default:
      return null;
  }
}

function missing(parts: { outcome: boolean; date: boolean; vanity: boolean }): string {
  if (!parts.outcome && !parts.date) return parts.vanity ? "Allein wirkt eine solche Zahl wie Eitelkeit." : "";
  const said = parts.outcome && parts.date ? "weder, was das Publikum getan hat, noch wann" : parts.outcome ? "nicht, was das Publikum getan hat" : "nicht, wann";
  return parts.vanity ? `Die Angabe nennt eine Zahl, sagt aber ${said}; so wirkt sie wie Eitelkeit.` : `Die Angabe sagt ${said}.`;
}

function fix(flag: ClaimFlag, words: FlagWords): string | null {
  switch (flag) {
    case "inconsistent":
      return "Nennen Sie für dieses Konto eine Zahl, mit dem Datum, zu dem sie galt.";
    case "stale":
      if (words.kind === "ranking") return null;
      if (words.kind === "reach" || words.kind === "engagement" || words.pastWork) return "Lassen Sie das Jahr daneben stehen, damit die Zahl als damaliges Ergebnis gelesen wird, nicht als aktuelle.";
      return "Nennen Sie eine aktuelle Zahl mit Datum oder lassen Sie sie weg.";
    case "unverifiable":
      if (words.promise) return `Streichen Sie ${quote(words.promise)} und lassen Sie gemessene Ergebnisse sprechen.`;
      return words.publicCount !== null ? `Nennen Sie die Zahl so, wie der Kanal sie zeigt (${words.publicCount}), oder geben Sie YouTube Studio als Quelle an, mit Datum.` : "Ergänzen Sie Handle oder Link und ein Datum.";
    case "off_target_audience":
      return `Nennen Sie den Anteil des Publikums in ${words.place ?? "der Region des Auftraggebers"}.`;
    case "implausible_value":
      return "Prüfen Sie die Zahl an der Quelle.";
    case "over_emphasis":
      return "Fassen Sie die Angabe in eine Zeile gegen Ende.";
    case "not_comparable":
      return "Nennen Sie jede Plattform einzeln, mit Handle.";
    default:
      return null;
  }
}

function counts(words: HeadlineWords): string {
  const parts: string[] = [];
  const { remove, reframe, strengthen, keep } = words.counts;
  if (remove > 0) parts.push(`${remove} streichen`);
  if (reframe > 0) parts.push(`${reframe} umformulieren`);
  if (strengthen > 0) parts.push(`${strengthen} stärken`);
  if (keep > 0) parts.push(`${keep} behalten`);
  return list(parts);
}

function headline(words: HeadlineWords): string {
  const { reason, roleRef, doc, showcase } = words;
  if (reason.type === "no_claims") {
    if (reason.relevance === "core") return `Für ${accusativeRole(roleRef)} zeigt ${nominative(doc)} kein aufgebautes Publikum und keine Wirkung: Ergänzen Sie ein oder zwei gemessene Ergebnisse.`;
    if (reason.relevance === "peripheral") return `Keine Follower-Zahlen oder Influence-Scores, was für ${accusativeRole(roleRef)} richtig ist: nichts zu ändern.`;
    if (reason.relevance === "supporting") return `Keine Angaben zu Online-Einfluss; für ${accusativeRole(roleRef)} könnte eine Zeile zu Ihrem Netzwerk und seiner Wirkung (${words.noun}) helfen.`;
    return "Keine Angaben zu Online-Einfluss gefunden, also nichts zu ändern.";
  }
  const prefix =
    words.roleState === "none"
      ? "Keine Zielstelle angegeben, daher allgemeine Hinweise. "
      : words.roleState === "unplaced"
        ? `„${words.roleInput}“ können wir noch keiner Berufsgruppe zuordnen, daher allgemeine Hinweise; fügen Sie die Stellenbeschreibung hinzu, dann passen sie zur Stelle. `
        : words.roleState === "unplaced_described"
        ? `Weder „${words.roleInput}“ noch die Stellenbeschreibung können wir schon einer Berufsgruppe zuordnen, daher allgemeine Hinweise. `
        : "";
  const tally = `Ihre Angaben zu Online-Einfluss${words.roleState === "placed" ? ` für ${accusativeRole(roleRef)}` : ""}: ${counts(words)}.`;
  let why: string;
  switch (reason.type) {
    case "hidden":
      why = `Ein Teil dieses ${doc}s ist für Leser versteckt; entfernen Sie den versteckten Text vor dem Versand.`;
      break;
    case "defunct":
      why = `${reason.label} wurde ${reason.closed ? `im ${reason.closed}` : ""} eingestellt; der Wert lässt ${accusative(doc)} veraltet wirken${showcase ? `; stellen Sie stattdessen ${showcase} nach vorn` : ""}.`.replace("wurde  eingestellt", "wurde eingestellt");
      break;
    case "implausible":
      why = `${capitalise(reason.figure)} wirkt unverhältnismäßig, und eine zweifelhafte Zahl lässt Leser am Rest zweifeln: Prüfen Sie sie zuerst.`;
      break;
    case "over_emphasis":
      why = `Sie stehen dort, wo Leser zuerst hinschauen, und nehmen der eigentlichen Arbeit Platz${showcase ? `; stellen Sie stattdessen ${showcase} nach vorn` : ""}.`;
      break;
    case "inconsistent":
      why = `Ihre Zahlen für ${reason.label} widersprechen sich; nennen Sie eine, mit Datum.`;
      break;
    case "tiny":
      why = `${capitalise(reason.figure)} wirkt neben ${reason.main} klein und schwächt es.`;
      break;
    case "labels_only":
      why = `Etiketten wie „${reason.label}“ verlangen, dass man Ihnen glaubt; zeigen Sie stattdessen die Ergebnisse dahinter.`;
      break;
    case "results_elsewhere":
      why = `${capitalise(nominative(doc))} zeigt bereits Ergebnisse, etwa ${showcase}: Verknüpfen Sie jede Publikumszahl mit so einem Ergebnis und datieren Sie sie.`;
      break;
    case "reach_not_results":
      why = `Sie zeigen Reichweite, keine Ergebnisse: Sagen Sie, was Ihre ${reason.figure} bewirkt haben (${words.noun}) und wann, dann lesen ${words.reader} sie als Beleg.`;
      break;
    case "strong":
      why = showcase ? `Sie sind mit Ergebnissen belegt; ${showcase} gehört nach vorn.` : "Sie sind mit Ergebnissen belegt, und genau das suchen Leser.";
      break;
    case "craft":
      why = `Auf ${list(reason.labels)} zeigt man die Arbeit selbst; sagen Sie, was sie erreicht hat, dann zählt es.`;
      break;
    case "peripheral":
      why = `Für diese ${words.proposal ? "Arbeit" : "Stelle"} nehmen sie der eigentlichen Arbeit Platz${showcase ? `; stellen Sie stattdessen ${showcase} nach vorn` : ""}.`;
      break;
    default:
      why = `Verknüpfen Sie jede mit einem Ergebnis (${words.noun}) und einem Datum${words.counts.remove + words.counts.reframe + words.counts.strengthen > 0 ? ", und streichen Sie, was Sie nicht belegen können" : ""}.`;
  }
  return `${prefix}${tally} ${why}`;
}

function point(point: SummaryPoint): string {
  switch (point.type) {
    case "ruled_out":
      return `Die Stellenbeschreibung schließt diese Art Arbeit aus (${point.cue}); für diese Stelle zählen Reichweiten daher wenig, gleich wie der Titel lautet: Stellen Sie die verlangte Arbeit nach vorn.`;
    case "first_person_bio":
      return `Schreiben Sie alle Team-Profile in der dritten Person wie die übrigen: ${point.quote} klingt, als spräche die Person über sich selbst.`;
    case "hidden":
      return `Entfernen Sie den versteckten Text: Leser sehen ihn nicht, und Software, die ihn findet, kann ${whole(point.doc)} als Keyword-Stuffing werten.`;
    case "defunct":
      return `Streichen Sie ${point.score ? `den ${point.label}-Score` : `die ${point.label}-Zahl`}: ${point.label} wurde ${point.closed ? `im ${point.closed} ` : ""}eingestellt; ${point.score ? "er" : "sie"} lässt ${accusative(point.doc)} veraltet wirken und ist nicht prüfbar.`;
    case "over_emphasis":
      return `Für ${accusativeRole(point.roleRef)} gehören Angaben zu Online-Einfluss in höchstens eine Zeile gegen Ende, und nur, wenn sie etwas zeigen, das die Stelle schätzt.`;
    case "inconsistent":
      return `Ihre Zahlen für ${point.account} widersprechen sich (${list(point.values)}): Nennen Sie eine, mit Datum.`;
    case "implausible":
      return point.remove
        ? `Prüfen Sie ${point.figure} oder streichen Sie die Angabe: Die Angabe wirkt unverhältnismäßig, und eine zweifelhafte Zahl lässt Leser am Rest zweifeln.`
        : `Prüfen Sie ${point.figure}: Die Angabe wirkt unverhältnismäßig, und eine zweifelhafte Zahl lässt Leser am Rest zweifeln.`;
    case "tiny":
      return `Streichen Sie ${list(point.figures)}: Neben ${point.main} wirkt das klein.`;
    case "stale":
      return `Nennen Sie aktuelle Zahlen mit Datum für ${list(point.quotes)}, oder lassen Sie sie weg.`;
    case "evidence":
      return "Auftraggeber prüfen Ihre Zahlen: Geben Sie jeder ein Handle oder einen Link und ein Datum.";
    case "promises":
      return `Streichen Sie Versprechen, die niemand prüfen kann (${list(point.quotes)}); Auftraggeber lesen sie als Werbesätze, und Ihre gemessenen Ergebnisse sagen mehr.`;
    case "off_target":
      return `Der Auftraggeber ist in ${point.place} tätig: Nennen Sie bei jeder großen Publikumszahl den lokalen Anteil, oder stellen Sie Arbeit vor Ort nach vorn.`;
    case "bid_peripheral":
      return "Publikumszahlen gehören nur in ein Angebot, wenn die Arbeit ein Publikum betrifft; hier nicht, also stellen Sie Lieferergebnisse nach vorn.";
    case "no_claims_core":
      return `Ergänzen Sie ein oder zwei gemessene Ergebnisse: das aufgebaute Publikum und was es bewirkt hat (${point.noun}), mit Datum.`;
    case "tie_to_results":
      return point.showcase
        ? `Verknüpfen Sie Publikumszahlen mit ihrer Wirkung (${point.noun}) und einem Datum, wie bei ${point.showcase}.`
        : `Verknüpfen Sie Publikumszahlen mit ihrer Wirkung (${point.noun}) und einem Datum; eine Zahl allein wirkt wie Eitelkeit.`;
    case "not_comparable":
      return "Addieren oder vergleichen Sie keine Zahlen verschiedener Plattformen; nennen Sie jede einzeln.";
    case "labels":
      return point.cut
        ? `Streichen Sie Etiketten wie ${list(point.quotes)}: Ergebnisse überzeugen mehr.`
        : `Ersetzen Sie Etiketten wie ${list(point.quotes)} durch die Belege dahinter.`;
    case "ask_met":
      // "mit" takes the dative: "mit einem LinkedIn SSI-Score von 82".
      return `Die Stellenbeschreibung verlangt ${point.ask}: Das erfüllen Sie mit ${point.figure.replace(/^ein(?= )/u, "einem").replace(/^eine(?= )/u, "einer")}${point.links ? "; ergänzen Sie den Link, wie verlangt" : ""}.`;
    case "ask_unmet":
      return point.best
        ? `Die Stellenbeschreibung verlangt ${point.ask}; Ihre größte Zahl ist ${point.best}, also stellen Sie Ergebnisse statt der Zahl nach vorn.`
        : `Die Stellenbeschreibung verlangt ${point.ask}; ${nominative(point.doc)} nennt keine passende Zahl.`;
    case "ask_links":
      return `Die Stellenbeschreibung verlangt ${point.ask}: Verlinken Sie jedes genannte Profil.`;
    case "unplaced_role":
      return `„${point.role}“ können wir noch keiner Berufsgruppe zuordnen: Fügen Sie die Stellenbeschreibung hinzu, dann richten sich die Hinweise danach.`;
  }
}

export const de: Messages = {
  language: "de",
  formatNumber,
  quote,
  list,
  monthYear: (year, month) => `${MONTHS[month - 1] ?? ""} ${year}`.trim(),
  figure({ kind, value, unit, metric, label, text }) {
    if (value === null || kind === "ranking" || kind === "self_label") return quote(text);
    const number = formatNumber(value);
    const on = label ? ` auf ${label}` : "";
    if (kind === "influence_score") {
      if (metric === "reputation") return `${number} Reputation${on}`;
      return `ein ${label ?? "Influence"}-Score von ${number}`;
    }
    if (unit === "percent") return `eine ${metricWords(metric)} von ${number} %${on}`;
    return `${number} ${metricWords(metric)}${on}`;
  },
  roleRef(input, proposal) {
    if (input === null) return proposal ? "der Auftrag" : "die Stelle";
    return proposal ? `der Auftrag „${input}“` : `die Stelle „${input}“`;
  },
  doc: (proposal) => (proposal ? "Angebot" : "Lebenslauf"),
  reader: (proposal) => (proposal ? "Auftraggeber" : "Personalverantwortliche"),
  people: (family) => (family !== null ? PEOPLE[family] : undefined) ?? "Fachleute Ihres Gebiets",
  outcomeNoun: (family) => (family !== null ? OUTCOME_NOUNS[family] : undefined) ?? "Bestellungen, Leads, Anmeldungen oder Einstellungen",
  sponsoredResultPlaceholder: "[N] Verkäufe oder Anmeldungen für die Marke",
  tradeResultPlaceholder: (trade) => ({ hospitality: "[N] Direktbuchungen", food: "[N] Reservierungen oder Bestellungen", retail: "[N] Online-Bestellungen", visitor: "[N] verkaufte Tickets oder Besuche", public: "[N] Menschen, die [gehandelt haben]", software: "[N] Anmeldungen", education: "[N] Bewerbungen", health: "[N] gebuchte Termine", games: "[N] Vorbestellungen oder Wunschlisten-Einträge" } as const)[trade],
  firmResultPlaceholder: "[N] Neukundenanfragen",
  resultPlaceholder: (family) => (family !== null ? RESULTS[family] : undefined) ?? "[N] Bestellungen, Leads oder Anmeldungen",
  asOf: (year) => (year === null ? "Stand: [Monat Jahr]" : `Stand: ${year}`),
  rule,
  flag,
  missing,
  fix,
  headline,
  askNote: (ask, needsLink) => ({
    reason: `Sie erfüllt die Anforderung der Stellenbeschreibung (${ask}).`,
    suggestion: needsLink ? "Ergänzen Sie den Link zum Profil, wie die Stellenbeschreibung verlangt." : null,
  }),
  sameLine: (earlier) => `Dieselbe Zeile wie ${quote(earlier)}: Eine Umformulierung deckt beides ab.`,
  point,
};
