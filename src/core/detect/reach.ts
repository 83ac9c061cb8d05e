// Reach: how many saw or used the work — views, impressions, downloads, readers, visitors, plays,
// GitHub stars, concurrent viewers, "reached 1.1M people" — in English, German, French and Spanish.

import type { DetectContext } from "./context.ts";
import { compileNouns, findCounts, type CountSite } from "./counted.ts";
import type { Finding } from "./finding.ts";

const READER_DEVICES = /\b(?:card|screen|RFID|barcode|bar-code|badge|meter|QR|e-?book|code|smart ?card|NFC|chip)\s+readers\b/iu;
const READER_CONTEXT = /\b(?:blog|newsletter|column|articles?|posts?|magazine|publication|readership|monthly|weekly|daily|unique|regular|loyal|engaged|subscribed|online|Medium|Substack)\b/u;
// Word edges are written (?<!\w)…(?!\w), not \b…\b: the same where every word starts and ends with a
// letter or digit, and several times faster, because V8 runs \b slowly under the "iu" flags.
const WEB_VISITORS = /(?<!\w)(?:unique|monthly|site|website|web|blog|online|page|organic|daily|weekly|landing|traffic)(?!\w)/iu;
const STAR_RATINGS = /(?<!\w)(?:rating|rated|reviews?|hotel|michelin|out of|average of|Google|Yelp|App Store|Play Store|Amazon|Glassdoor|Trustpilot)(?!\w)/iu;
// Printers count "label impressions" too.
const PRINT_RUN = /(?<!\w)(?:label|labels|printing|printed|flexographic|lithographic|substrates?)(?!\w)/iu;
const INTERNAL_PUBLICATION = /(?<!\w)(?:employee|employees|internal|staff|intranet|parent|parents|families)(?!\w)/iu;
const REACH_VERB = /(?<!\w)(?:reach(?:ed|ing|es)?|reach of|exposure to|seen by|viewed by|watched by)(?!\w)/iu;

function isPodcast(site: CountSite): string | null {
  return /\bpodcast|episodes?\b/iu.test(site.clauseText) ? "podcast" : null;
}

const NOUNS = compileNouns([
  { pattern: "(?:video |page ?|profile |story |post |total |organic |monthly |YouTube )?views|pageviews|Aufrufe|vues|visualizaciones|reproducciones|Views", metric: "views", leading: true, minimum: 50 },
  { pattern: "impressions|Impressionen", metric: "impressions", leading: true, accept: (site) => !PRINT_RUN.test(site.clauseText) },
  { pattern: "downloads|Downloads|téléchargements|descargas|installs", metric: "downloads", leading: true, defaultPlatform: isPodcast },
  // "3-4 plays per year" is a theatre's season: play counts below a hundred say nothing of an audience.
  { pattern: "(?:plays|streams|listens)", metric: "plays", leading: true, minimum: 100, defaultPlatform: isPodcast },
  {
    pattern: "readers|Leser|lecteurs|lectores|readership",
    metric: "readers",
    leading: true,
    accept: (site) => !READER_DEVICES.test(site.clauseText) && !INTERNAL_PUBLICATION.test(site.clauseText) && (site.platform !== null || READER_CONTEXT.test(site.clauseText)),
  },
  { pattern: "(?:unique |monthly |site |website |web |blog |organic |daily )?(?:visitors|visits|Besucher|visiteurs|visitantes)", metric: "visitors", leading: true, accept: (site) => site.platform !== null || WEB_VISITORS.test(site.clauseText) },
  { pattern: "(?:GitHub )?stars", metric: "stars", minimum: 10, defaultPlatform: () => "github", accept: (site) => !STAR_RATINGS.test(site.clauseText) && (site.platform === "github" || /(?<!\w)(?:repo|repository|repositories|open[- ]source|library|project|GitHub)(?!\w)/iu.test(site.clauseText)) },
  { pattern: "(?:peak |average |avg\\.? |live )?concurrent viewers|(?:live |average |avg\\.? |peak |unique )?viewers|Zuschauer|spectateurs|espectadores", metric: "viewers", accept: (site) => (/concurrent/iu.test(site.noun) ? "concurrent_viewers" : true) },
  { pattern: "people|accounts|individuals|consumers|unique users|users", metric: "reach", accept: (site) => REACH_VERB.test(site.context.text.slice(Math.max(site.clause.start, site.number.prefixStart - 24), site.number.prefixStart)) && !/^users$/iu.test(site.noun) },
  { pattern: "reach|organic reach|total reach|Reichweite|portée|alcance", metric: "reach", leading: true, accept: (site) => site.nounSpan.start < site.number.start },
]);

export function detectReach(context: DetectContext): Finding[] {
  return findCounts(context, "reach", NOUNS, 0.9);
}
