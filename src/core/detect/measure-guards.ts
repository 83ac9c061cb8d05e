// The conditions a measure noun of the lexicon (lexicon/measures.ts) may set before a figure
// counts as a claim: whether "subscribers" are an audience or a telecom's customers, "readers" a
// blog's or card readers, "fans" an audience or exhaust fans. Each guard reads the figure's site
// and answers false (not a claim), true, or a metric that replaces the entry's own.
//
// Word edges are written (?<!\w)…(?!\w), not \b…\b: the same where every word starts and ends with a
// letter or digit, and several times faster, because V8 runs \b slowly under the "iu" flags.

import type { NumberToken } from "../numbers/parse.ts";
import type { Span } from "../types.ts";
import { firstAfter, itemHeading, sentenceAt, type DetectContext } from "./context.ts";

/** Where a figure meets a measure noun: what a guard reads. */
export interface CountSite {
  context: DetectContext;
  number: NumberToken;
  /** The noun as written, lower-cased. */
  noun: string;
  nounSpan: Span;
  /** The noun stands before the figure ("Followers: 12,000"). */
  leading: boolean;
  /** The words between the figure and a noun after it ("" when the noun leads or follows at once). */
  between: string;
  clause: Span;
  clauseText: string;
  /** The platform the text names for the figure, or else the one its noun implies. */
  platform: string | null;
  /** The platform the text names, without the noun's default. */
  namedPlatform: string | null;
}

export type GuardVerdict = boolean | string;

// An e-mail newsletter as the languages name it: "Boletín por correo electrónico", "E-mailnieuwsbrief".
const NEWSLETTER_WORDS = "e-?mail|mailing|newsletter|\\w*nieuwsbrief|correo electrónico|boletín|boletim|lettre d['’]information|Rundbrief|e-?mailowy|biuletyn";
const EMAIL_CONTEXT = new RegExp(`(?<!\\w)(?:${NEWSLETTER_WORDS}|list|channel|blog|podcast|my|our|audience|readers|substack|youtube|followers|Abonnenten|lista|liste|canal|kanaal|kanał)(?!\\w)`, "iu");
// Subscribers of a telecom, an insurer or a utility, in each language read: "80.000 Mobilfunk-Abonnenten",
// "90.000 KPN-abonnees overgezet naar het nieuwe facturatiesysteem".
const NOT_AUDIENCE_SUBSCRIBERS = /(?<!\w)(?:telecom\w*|wireless|mobile|broadband|cable|carrier|operator|SaaS|billing|plans?|insurance|utility|customers|fiber|fibre|subscription box|magazine subscribers|net membership|Mobilfunk\w*|Festnetz\w*|Glasfaser\w*|Tarif\w*|Telekom\w*|Vodafone|KPN|Ziggo|T-Mobile|Versicherung\w*|Stromkunden|mobiele?|telefonie|facturatie\w*|klanten|opérateur|forfaits?|móvil(?:es)?|telefonía|operadora?|operatore|telefonia|clientes|Kunden|clients)(?!\w)/iu;
// "An audience of 300" at a talk is a room, not a following.
const ONLINE_AUDIENCE = /(?<!\w)(?:online|social|digital|followers|subscribers|newsletter|podcast|channel|blog|combined|organic|strong)(?!\w)/iu;
const LIVE_AUDIENCE = /(?<!\w)(?:presentation|presented|speech|address|keynote|conference|live|in-person|room|attendees|session|seminar|workshop|panel|stage|theatre|theater|concert|performance|students|lecture|class)(?!\w)/iu;
const PAGE_CONTEXT = /(?<!\w)(?:page|pages|fan ?page|fans|página|pagina|Seite|pagina's)(?!\w)/iu;
const POST_CONTEXT = /(?<!\w)(?:posts?|videos?|reels?|tweets?)(?!\w)/iu;
const PODCAST_CONTEXT = /(?<!\w)(?:podcasts?|episodes?|Folgen|épisodes|episodios|episódios|episodi|afleveringen)(?!\w)/iu;
const LISTENER_CONTEXT = /(?<!\w)(?:podcasts?|show|radio|Spaces|monthly|weekly|episodes?|Folgen|émission|programa|programma)(?!\w)/iu;
const READER_DEVICES = /(?<!\w)(?:card|screen|RFID|barcode|bar-code|badge|meter|QR|e-?book|code|smart ?card|NFC|chip|biometric)\s+readers(?!\w)/iu;
const READER_CONTEXT = /(?<!\w)(?:blog|newsletter|column|articles?|posts?|magazine|publication|readership|monthly|weekly|daily|unique|regular|loyal|engaged|subscribed|online|Medium|Substack|Blog|Artikel|Beitr[äa]ge|article|artículos?|artigos?|articoli|reportajes|mensuels|mensuales|mensais|mensili|maandelijkse)(?!\w)/iu;
const PLACE_VISITED = /^[^\S\n]+(?:to|at|in)[^\S\n]+(?:the[^\S\n]+|our[^\S\n]+|a[^\S\n]+)?(?:[\p{L}'’-]+[^\S\n]+){0,2}?(?:taproom|store|stores|shop|shops|showroom|restaurant|bar|caf[ée]|museum|gallery|venue|event|events|festival|fair|booth|stand|weekend|open day|launch party|opening|exhibition|park|zoo|library|campus|office|branch|clinic|hotel|site visit)(?![\p{L}])/iu;
const WEB_VISITORS = /(?<!\w)(?:unique|monthly|site|website|web|blog|online|page|organic|daily|weekly|landing|traffic|Website|Webseite|site web|sitio|página|pagina|mensuels|mensuales|mensais|mensili)(?!\w)/iu;
const STAR_RATINGS = /(?<!\w)(?:rating|rated|reviews?|hotel|michelin|out of|average of|Google|Yelp|App Store|Play Store|Amazon|Glassdoor|Trustpilot)(?!\w)/iu;
const CODE_CONTEXT = /(?<!\w)(?:repo|repository|repositories|open[- ]source|library|project|GitHub|package|framework|plugin|CLI|tool|maintainer)(?!\w)/iu;
// Printers count "label impressions" too.
const PRINT_RUN = /(?<!\w)(?:label|labels|printing|printed|flexographic|lithographic|substrates?|press run)(?!\w)/iu;
const INTERNAL_PUBLICATION = /(?<!\w)(?:employee|employees|internal|staff|intranet|parent|parents|families|faculty|corporate newsletter|company newsletter)(?!\w)/iu;
const REACH_VERB = /(?<!\w)(?:reach(?:ed|ing|es)?|reach of|exposure to|seen by|viewed by|watched by|read by|alcan[cç](?:ó|ou|amos|ando|ar|e)|alcanzamos|atteint|erreich(?:e|t|te|ten|en)|raggiunt[oie]|bereikt(?:e|en)?|dotarli[śs]my|dotar(?:ł|ła|ło|li|ły)(?:\s+do)?)(?!\w)/iu;
const EMAIL_LIST = /(?<!\w)(?:e-?mail list|mailing list|subscriber list|opt-in|opt-ins|newsletter list|(?:e-?mail|newsletter) (?:database|audience)|Verteiler|liste de diffusion|lista de correo|lista de e-?mails?)(?!\w)|(?<!\w)opt-in\b[^.;]{0,40}(?:e-?mails?|newsletters?)(?!\w)/iu;
// Views of a database: "85 vues SQL", "materialized views".
const DATABASE_VIEWS = /(?<!\w)(?:SQL|database|databases|tables?|schemas?|Snowflake|materiali[sz]ed|dbt|Oracle|Postgres(?:QL)?|MySQL|BigQuery|tablas|tabelas|tabelle|Tabellen)(?!\w)/iu;
// A broadcaster's or a product's audience is an employer's, not a following the writer built or
// reached online: "the show averaged 3.2 million viewers", "a TV audience of 5M".
const BROADCAST = /(?<!\w)(?:TV|television|broadcast|broadcasts|primetime|prime-time|Nielsen|ratings|cable|box office|theatrical|cinema|radio station|terrestrial|linear)(?!\w)/iu;
// App-store downloads are a product's users, not a following (the labelling rules' false friends).
const APP_DOWNLOADS = /(?<!\w)(?:apps?|App Store|Google Play|Play Store|iOS|Android|APK|installs?|aplicativos?|aplicaci[oó]n|aplicaciones|applications? mobiles?|applicazion[ei]|aplikacj[aięy]|Anwendung)(?!\w)/iu;
// The English preposition: "50 like-minded charities", "10 like this one".
const ENGLISH_LIKE_AFTER = /^(?:-|\s+(?:this|that|these|those|it|them|him|her|us|me|you|a|an|the|my|our|his|their|its|before|so)(?!\w))/iu;
const SOCIAL_CONTENT = /(?<!\w)(?:posts?|videos?|reels?|tweets?|threads?|stories|content|campaign|social|viral|advocacy|TikTok|Instagram|LinkedIn|Facebook|YouTube|Twitter|Beitr[äa]ge|publications?|publicaciones|publicações|contenuti?|berichten)(?!\w)/iu;
const NOT_SOCIAL_SHARES = /(?<!\w)(?:stock|equity|options|shareholders?|market|company shares|shares of)(?!\w)/iu;
const NOT_SOCIAL_COMMENTS = /(?<!\w)(?:code|review|pull request|PR|document|draft|manuscript|editorial)(?!\w)/iu;
const ONLINE_CLICKS = /(?<!\w)(?:site|website|link|links|ads?|campaign|landing|email|newsletter|CTA|traffic|store|shop|posts?|bio)(?!\w)/iu;
const ONLINE_EVENT = /(?<!\w)(?:livestreams?|live[- ]?streams?|webinars?|online|virtual|Spaces|chats?|streamed|TEDx)(?!\w)/iu;
const COMMUNITY_PLATFORMS = new Set(["discord", "slack", "reddit", "meetup", "facebook", "linkedin", "telegram", "whatsapp", "clubhouse", "patreon", "nextdoor", "github", "x", "xing"]);
const COMMUNITY_WORDS = /(?<!\w)(?:community|communities|forum|server|group|groups|subreddit|chat|network|meetups?|guild|circle|Community|Gruppe|communauté|groupe|comunidad|grupo|comunidade|comunità|gruppo|gemeenschap|groep|społeczno[śs]ć|grupa|servidor|serveur)(?!\w)/iu;
const NOT_A_COMMUNITY =
  /(?<!\w)(?:association|society|institute|union|federation|church|congregation|alumni|chamber|council|board|staff|team|employees|faculty|crew|cast|committee|cooperative|credit union|gym|club members|family|families|household|Verband|Verein|association|asociación|associação|associazione|vereniging)(?!\w)/iu;
// Hardware and household fans: "300+ exhaust fans".
const FAN_HARDWARE = /(?<!\w)(?:exhaust|ceiling|cooling|box|industrial|attic|bathroom|kitchen|inline|CPU|case|floor|desk|wall|duct|axial|centrifugal|HVAC|ventilation)(?!\w)/iu;
// Network, utility and client connections: "100 branches connections", "5,000 concurrent connections".
const TECHNICAL_CONNECTIONS = /(?<!\w)(?:branch(?:es)?|network|electrical|water|gas|sewer|pipe|server|database|VPN|TCP|concurrent|broadband|fib(?:er|re)|utility|service|customer|client|site|sites|circuits?|ports?)(?!\w)/iu;
// "followers of Christ", "Followers of safety protocol": followers of a faith, a rule or a person.
const FOLLOWERS_OF = /^\s+of\s+(?!(?:my|our|the|his|her|their)\s+(?:account|page|channel|profile|blog|newsletter|podcast)(?!\w))/iu;
const FOLLOWING_AFTER_TIME = /^\s+(?:the|a|an|this|that|his|her|their|its|each|every|year|years|month|months|week|weeks|day|days|launch|release|event)(?!\w)/iu;
const STRONG = /^[-\s]*strong(?!\w)/iu;
// Whom a range of followers describes, and the words of a plan: "We will recruit 10 creators … with".
const OTHERS_WITH = /(?<![\p{L}])(?:creators?|influencers?|micro-?influencers?|accounts?|partners?|profiles?|Creator(?::?innen)?|Influencer(?::?innen)?|créat(?:eurs|rices)|influenceu(?:rs|ses)|creadores|influenciadores)(?![\p{L}])[^.;\n]{0,60}?(?:with|having|mit|avec|con|com|\()[^\S\n]*$/iu;
const PLANNED = /(?<![\p{L}])(?:will|shall|would|going to|plan(?:s|ned)? to|aim(?:s)? to|werden|wird|allons|vamos a|vamos|recrutera|reclutaremos)(?![\p{L}])/iu;

function textAfterNoun(site: CountSite, length = 32): string {
  return site.context.text.slice(site.nounSpan.end, site.nounSpan.end + length);
}

/** Whether the words between the figure and its noun are a platform's name and nothing else. */
function onlyPlatformBetween(site: CountSite): boolean {
  const { context } = site;
  const from = site.number.end + (site.between.length - site.between.trimStart().length);
  const mention = context.mentions[firstAfter(context.mentions, from - 1, (item) => item.start)];
  return mention !== undefined && mention.start === from && context.text.slice(mention.end, site.nounSpan.start).trim() === "";
}

function reachVerbBefore(site: CountSite): boolean {
  const { text } = site.context;
  return REACH_VERB.test(text.slice(Math.max(site.clause.start, site.number.prefixStart - 28), site.number.prefixStart));
}

/** The figure's part of its clause, from the last comma, semicolon or colon before it, to the noun and a little after. */
function listItemText(site: CountSite): string {
  const { text } = site.context;
  const from = Math.max(site.clause.start, site.number.prefixStart - 160);
  const before = text.slice(from, site.number.prefixStart);
  const cut = Math.max(before.lastIndexOf(","), before.lastIndexOf(";"), before.lastIndexOf(":"));
  const start = cut === -1 ? site.clause.start : from + cut + 1;
  return text.slice(Math.min(start, site.nounSpan.start), Math.min(site.clause.end, Math.max(site.nounSpan.end, site.number.end) + 24));
}

function sentenceText(site: CountSite): string {
  const sentence = sentenceAt(site.context, site.number.start);
  return site.context.text.slice(sentence.start, sentence.end);
}

/** The guards by name; a lexicon entry names the one its noun needs. */
export const MEASURE_GUARDS = {
  /** Followers of an account, not "followers of Christ". */
  followers(site: CountSite): GuardVerdict {
    // "We will recruit 10 creators … with 20K–150K followers each": a range a plan asks of others, not
    // an audience ("Our roster includes five creators with 50K–200K followers" is one).
    if (site.number.indefinite) {
      const sentence = sentenceAt(site.context, site.number.start);
      const before = site.context.text.slice(Math.max(sentence.start, site.number.prefixStart - 120), site.number.prefixStart);
      if (OTHERS_WITH.test(before) && PLANNED.test(before)) return false;
    }
    if (site.leading || site.platform !== null) return true;
    // "abonnés", "abonnees": the word for followers is also a telecom's subscribers.
    if (/^abonn/iu.test(site.noun) && NOT_AUDIENCE_SUBSCRIBERS.test(site.clauseText)) return false;
    return !FOLLOWERS_OF.test(textAfterNoun(site));
  },
  /** "a 12K following", "a following of 250,000"; not "3 days following the launch". */
  following(site: CountSite): GuardVerdict {
    if (site.leading) return true;
    // "a six-figure Instagram following": only the platform's name may stand between.
    if (site.between.trim() !== "" && !STRONG.test(site.between) && !onlyPlatformBetween(site)) return false;
    return !FOLLOWING_AFTER_TIME.test(textAfterNoun(site));
  },
  /** Subscribers of a channel or a list, not of a telecom or an insurer; Reddit's are a community's. */
  subscribers(site: CountSite): GuardVerdict {
    if (site.platform === "reddit") return false;
    // An internal newsletter's readers are colleagues, not an audience.
    if ((site.platform === null || site.platform === "newsletter") && INTERNAL_PUBLICATION.test(site.clauseText)) return false;
    if (site.platform) return true;
    if (NOT_AUDIENCE_SUBSCRIBERS.test(site.clauseText)) return false;
    return EMAIL_CONTEXT.test(site.clauseText);
  },
  /** A following named "audience" or "fan base": online, and not a room at a talk. */
  audienceWord(site: CountSite): GuardVerdict {
    if (!site.leading && !STRONG.test(site.between)) return false;
    if (site.namedPlatform === null && BROADCAST.test(site.clauseText)) return false;
    return (site.platform !== null || ONLINE_AUDIENCE.test(site.clauseText)) && !LIVE_AUDIENCE.test(site.clauseText);
  },
  /** Professional connections, not network or utility ones. */
  connections(site: CountSite): GuardVerdict {
    if (site.namedPlatform === "linkedin" || site.namedPlatform === "xing") return true;
    return !TECHNICAL_CONNECTIONS.test(site.between) && !TECHNICAL_CONNECTIONS.test(site.clauseText.slice(0, Math.max(0, site.number.start - site.clause.start)).slice(-24));
  },
  /** Contacts count only on a named network. */
  namedPlatform(site: CountSite): GuardVerdict {
    return site.platform !== null;
  },
  /** Fans of a page or an account, not exhaust fans. */
  fans(site: CountSite): GuardVerdict {
    return !FAN_HARDWARE.test(site.between) && !FAN_HARDWARE.test(site.context.text.slice(Math.max(site.clause.start, site.number.prefixStart - 16), site.number.prefixStart));
  },
  /** Likes of a page are its audience; likes of posts are engagement (see `postLikes`). */
  pageLikes(site: CountSite): GuardVerdict {
    return PAGE_CONTEXT.test(site.clauseText) && !POST_CONTEXT.test(site.clauseText);
  },
  postLikes(site: CountSite): GuardVerdict {
    return !PAGE_CONTEXT.test(site.clauseText) || POST_CONTEXT.test(site.clauseText);
  },
  listeners(site: CountSite): GuardVerdict {
    return site.platform !== null || LISTENER_CONTEXT.test(site.clauseText);
  },
  /** The people on an e-mail list: the clause names the list, not just an e-mail sent to them. */
  emailList(site: CountSite): GuardVerdict {
    return EMAIL_LIST.test(site.clauseText) && !INTERNAL_PUBLICATION.test(site.clauseText);
  },
  /** Supporters on a list or a platform, not a cause's supporters in general. */
  supporters(site: CountSite): GuardVerdict {
    return site.platform !== null;
  },
  /** Views of content, not of a database. */
  views(site: CountSite): GuardVerdict {
    return site.namedPlatform !== null || !DATABASE_VIEWS.test(site.clauseText);
  },
  impressions(site: CountSite): GuardVerdict {
    return !PRINT_RUN.test(site.clauseText);
  },
  /** Downloads of a podcast or a file, not of an app built for an employer. */
  downloads(site: CountSite): GuardVerdict {
    if (site.platform === "podcast") return true;
    return !APP_DOWNLOADS.test(site.clauseText);
  },
  readers(site: CountSite): GuardVerdict {
    return !READER_DEVICES.test(site.clauseText) && !INTERNAL_PUBLICATION.test(site.clauseText) && (site.platform !== null || READER_CONTEXT.test(site.clauseText));
  },
  visitors(site: CountSite): GuardVerdict {
    // "4,000 visitors to the taproom's anniversary weekend": people who came to a place, whatever brought them.
    const place = PLACE_VISITED.exec(textAfterNoun(site, 48));
    if (place && !/(?<!\w)(?:online|web|e-?commerce|e-?shop|digital|virtual)(?!\w)/iu.test(place[0])) return false;
    return site.platform !== null || WEB_VISITORS.test(site.clauseText);
  },
  stars(site: CountSite): GuardVerdict {
    return !STAR_RATINGS.test(site.clauseText) && (site.platform === "github" || CODE_CONTEXT.test(site.clauseText));
  },
  viewers(site: CountSite): GuardVerdict {
    // A television audience, even where the sentence names the broadcast before the figure's clause:
    // "a weekly TV review column; my review of the final (watched by 9.6 million viewers)".
    if (site.namedPlatform === null && BROADCAST.test(sentenceText(site))) return false;
    return /concurrent/iu.test(site.noun) ? "concurrent_viewers" : true;
  },
  /** "reached 1.1M people": people count only after a verb of reach. */
  reachedPeople(site: CountSite): GuardVerdict {
    if (site.leading) return false;
    // "reached 2.3 million people", or the verb after the noun: "2,000 households reached".
    return reachVerbBefore(site) || REACH_VERB.test(textAfterNoun(site, 16).replace(/^\s+/u, " "));
  },
  /** Participants of a livestream or a webinar; a room's are attendance, which is not online reach. */
  onlineParticipants(site: CountSite): GuardVerdict {
    // "10,000 livestream participants"; a word of another kind between them ("360 feedback participants") is not an event's.
    return site.between.trim() === "" ? ONLINE_EVENT.test(site.clauseText) : ONLINE_EVENT.test(site.between);
  },
  /** "reach" as a noun leads its figure: "organic reach 1.2M", "Reichweite: 40.000". */
  reachWord(site: CountSite): GuardVerdict {
    return site.leading;
  },
  /** Shares, comments, saves and interactions of social content, not of stock or code. */
  social(site: CountSite): GuardVerdict {
    return site.platform !== null || SOCIAL_CONTENT.test(site.clauseText);
  },
  shares(site: CountSite): GuardVerdict {
    return (site.platform !== null || SOCIAL_CONTENT.test(site.clauseText)) && !NOT_SOCIAL_SHARES.test(site.clauseText);
  },
  comments(site: CountSite): GuardVerdict {
    return (site.platform !== null || SOCIAL_CONTENT.test(site.clauseText)) && !NOT_SOCIAL_COMMENTS.test(site.clauseText);
  },
  interactions(site: CountSite): GuardVerdict {
    return (site.platform !== null || SOCIAL_CONTENT.test(site.clauseText)) && !/(?<!\w)customer(?!\w)/iu.test(site.clauseText);
  },
  /** "12.000 like medi per post": the English word as Italian writes it, singular, of social content; not "50 like-minded". */
  loanLike(site: CountSite): GuardVerdict {
    const after = site.context.text.slice(site.nounSpan.end, site.nounSpan.end + 12);
    return !ENGLISH_LIKE_AFTER.test(after) && (site.platform !== null || SOCIAL_CONTENT.test(site.clauseText));
  },
  clicks(site: CountSite): GuardVerdict {
    return site.platform !== null || ONLINE_CLICKS.test(site.clauseText);
  },
  /** Members of a community the writer runs, not of an association or a team. */
  members(site: CountSite): GuardVerdict {
    // Judged on the figure's own item of a list: "an internal community for 1,200 ward staff, and a
    // public Facebook group for carers with 5,700 members" holds a team and a community.
    if (NOT_A_COMMUNITY.test(listItemText(site))) return false;
    if (site.platform && COMMUNITY_PLATFORMS.has(site.platform)) return true;
    // Participants are a community's only on its platform: "classes of 80+ participants" is a room.
    if (/^(?:participants|participantes|partecipanti|deelnemers|teilnehmer)/iu.test(site.noun)) return false;
    return COMMUNITY_WORDS.test(site.clauseText);
  },
  redditSubscribers(site: CountSite): GuardVerdict {
    return site.platform === "reddit";
  },
  /** "community of 20,000" leads its figure, on a community platform. */
  communityWord(site: CountSite): GuardVerdict {
    return site.leading && site.platform !== null && COMMUNITY_PLATFORMS.has(site.platform) && !NOT_A_COMMUNITY.test(site.clauseText);
  },
} satisfies Record<string, (site: CountSite) => GuardVerdict>;

export type GuardName = keyof typeof MEASURE_GUARDS;

/** Platforms a noun implies where the text names none ("connections" are LinkedIn's). */
export const NEWSLETTER_CONTEXT = new RegExp(`(?<!\\w)(?:${NEWSLETTER_WORDS}|lista|liste)(?!\\w)`, "iu");

export const DEFAULT_PLATFORMS = {
  linkedin: () => "linkedin",
  github: () => "github",
  // A podcast named in the sentence, or in the line a list item hangs from (the show's entry).
  podcastInContext: (site: CountSite) => {
    const { context } = site;
    const sentence = sentenceAt(context, site.number.start);
    if (PODCAST_CONTEXT.test(context.text.slice(sentence.start, sentence.end))) return "podcast";
    const heading = itemHeading(context, site.number.start);
    return heading && PODCAST_CONTEXT.test(context.text.slice(heading.start, heading.end)) ? "podcast" : null;
  },
  subscribers: (site: CountSite) => {
    if (/(?<!\w)(?:channel|canal|Kanal|kanaal|chaîne)(?!\w)/iu.test(site.clauseText)) return "youtube";
    if (NEWSLETTER_CONTEXT.test(site.clauseText)) return "newsletter";
    return null;
  },
  newsletter: () => "newsletter",
  // Followers of a newsletter the clause opens with: "Lettre d'information par e-mail : 9 800 abonnés"
  // ("abonnés", "abonnees" and "Abonnenten" are a list's subscribers as much as an account's followers).
  newsletterBefore: (site: CountSite) => {
    const before = site.context.text.slice(site.clause.start, Math.min(site.number.prefixStart, site.nounSpan.start));
    return NEWSLETTER_CONTEXT.test(before) ? "newsletter" : null;
  },
} satisfies Record<string, (site: CountSite) => string | null>;

export type DefaultPlatformName = keyof typeof DEFAULT_PLATFORMS;
