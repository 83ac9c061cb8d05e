// What a figure counts, as people write it: the measure nouns of every counted claim (audience,
// reach, engagement, community), in each language the detector reads. One entry per measure; its
// forms are regex sources matched whole and ignoring case. Adding a word or a language is a change
// to this table alone; `examples` are sentences the entry must read, and `falseFriends` sentences
// where its noun must not count (measures.test.ts runs both).
//
// Order matters where two entries share a word: the first whose guard accepts the figure's site
// wins ("subscribers" of a subreddit are a community's before they are an audience).

import type { ClaimKind } from "../../types.ts";
import type { DefaultPlatformName, GuardName } from "../measure-guards.ts";
import type { Forms } from "./languages.ts";

export type CountedKind = Extract<ClaimKind, "audience" | "reach" | "engagement" | "community">;

export interface MeasureExample {
  text: string;
  value: number | null;
  platform?: string | null;
}

export interface MeasureEntry {
  kind: CountedKind;
  metric: string;
  forms: Forms;
  /** The noun may stand before its figure: "Followers: 12,000", "audience of 120k". */
  leading?: boolean;
  guard?: GuardName;
  /** The platform the noun implies where the text names none. */
  defaultPlatform?: DefaultPlatformName;
  /** Figures below this say nothing of an audience ("3-4 plays per year" is a theatre's season). */
  minimum?: number;
  examples: readonly MeasureExample[];
  falseFriends?: readonly string[];
}

export const MEASURES: readonly MeasureEntry[] = [
  // Communities come first: "members" and a subreddit's "subscribers" are theirs.
  {
    kind: "community",
    metric: "members",
    forms: {
      // The singular stands after a hyphen: "a 4,000-member Facebook group".
      en: ["(?:active |registered |paying |paid |engaged )?members", "member", "participants"],
      de: ["Mitglieder(?:n)?", "Teilnehmer(?:innen)?"],
      fr: ["membres", "participants"],
      es: ["miembros", "participantes"],
      it: ["membri", "partecipanti"],
      nl: ["leden", "deelnemers"],
      pt: ["membros", "participantes"],
      pl: ["członków", "członkami"],
    },
    guard: "members",
    examples: [
      { text: "Run a Discord of 9.1K members with 12 volunteer mods.", value: 9100, platform: "discord" },
      { text: "Grupo no Facebook: 52.300 membros", value: 52300, platform: "facebook" },
      { text: "Beheer de LinkedIn-groep met 4.200 leden.", value: 4200, platform: "linkedin" },
      { text: "Run a 4,000-member Facebook group for new parents.", value: 4000, platform: "facebook" },
      // The people in a group chat are its participants.
      { text: "Coordeno uma comunidade no WhatsApp com 2.500 participantes.", value: 2500, platform: "whatsapp" },
    ],
    falseFriends: ["Managed a sales team of 20 members.", "An association of 38,000 members worldwide.", "Led a 12 member team.", "Conducted group wellness presentations for classes up to 80+ participants."],
  },
  {
    kind: "community",
    metric: "subscribers",
    forms: { en: ["subscribers"] },
    guard: "redditSubscribers",
    examples: [{ text: "Moderate a subreddit with 480k subscribers.", value: 480000, platform: "reddit" }],
  },
  {
    kind: "community",
    metric: "members",
    forms: { en: ["online community", "community", "server", "group"], de: ["Community", "Gruppe"], fr: ["communauté", "groupe"], es: ["comunidad", "grupo"], pt: ["comunidade", "grupo"], it: ["community", "gruppo"], nl: ["community", "groep"], pl: ["społeczność", "społeczności", "grupa", "grupy"] },
    leading: true,
    guard: "communityWord",
    examples: [{ text: "Built a Discord community of 20,000.", value: 20000, platform: "discord" }],
  },
  // Audience: people who chose to follow.
  {
    kind: "audience",
    metric: "followers",
    forms: {
      en: ["followers?", "flwrs", "follows"],
      de: ["Follower(?:n|innen)?"],
      fr: ["abonn[ée]e?s", "followers"],
      es: ["seguidores"],
      it: ["follower", "seguaci"],
      nl: ["volgers"],
      pt: ["seguidores"],
      pl: ["obserwuj[ąa]cych", "obserwatorów", "followersów"],
    },
    leading: true,
    guard: "followers",
    defaultPlatform: "newsletterBefore",
    examples: [
      { text: "Grew the account to 180,000 followers on Instagram.", value: 180000, platform: "instagram" },
      { text: "12.500 Follower auf Instagram", value: 12500, platform: "instagram" },
      { text: "TikTok: 140.000 volgers", value: 140000, platform: "tiktok" },
      { text: "Profilo Instagram portato a 27.000 follower in 18 mesi", value: 27000, platform: "instagram" },
      { text: "Instagram: 85 000 abonnés", value: 85000, platform: "instagram" },
      { text: "TikTok: 320 mil seguidores", value: 320000, platform: "tiktok" },
      { text: "Mam 15 tys. obserwujących na Instagramie.", value: 15000, platform: "instagram" },
    ],
    falseFriends: ["Led a discipleship course for 60 new followers of Christ.", "Trained 15 new associates.\nFollowers of safety protocol get a bonus.", "90.000 KPN-abonnees overgezet naar het nieuwe facturatiesysteem."],
  },
  {
    kind: "audience",
    metric: "followers",
    forms: { en: ["following"] },
    leading: true,
    guard: "following",
    // "the 3 TikTok following accounts": a following is counted in more than tens.
    minimum: 50,
    examples: [
      { text: "Built a 12K following on X.", value: 12000, platform: "x" },
      { text: "My posts built a six-figure following on LinkedIn.", value: null, platform: "linkedin" },
      { text: "A combined following of 250,000 across X and LinkedIn.", value: 250000, platform: null },
    ],
    falseFriends: ["Shipped 3 releases in the 2 weeks following the launch.", "Audited the 3 TikTok following lists."],
  },
  {
    kind: "audience",
    metric: "subscribers",
    forms: {
      en: ["subscribers?", "subs"],
      de: ["Abonnenten", "Abonnent:innen"],
      fr: ["abonnés YouTube", "inscrits"],
      es: ["suscriptores"],
      it: ["iscritti", "abbonati"],
      nl: ["abonnees"],
      pt: ["inscritos", "assinantes", "subscritores"],
      pl: ["subskrybentów", "subskrybentami", "subskrybenci", "subskrypcji"],
    },
    leading: true,
    guard: "subscribers",
    defaultPlatform: "subscribers",
    examples: [
      { text: "1.2 million YouTube subscribers", value: 1200000, platform: "youtube" },
      { text: "Her weekly newsletter has 52,000 subscribers.", value: 52000, platform: "newsletter" },
      { text: "Canal de YouTube com 5 mil inscritos.", value: 5000, platform: "youtube" },
      { text: "Newsletter semanal com 31 mil assinantes.", value: 31000, platform: "newsletter" },
      { text: "3,4 Mio. Abonnenten auf YouTube", value: 3400000, platform: "youtube" },
    ],
    falseFriends: [
      "Gained new net membership (over 100K subscribers) for the health plan.",
      "Grew the carrier's base to 2 million wireless subscribers.",
      "Tarifmigration für 80.000 Mobilfunk-Abonnenten.",
      "Edited the internal staff newsletter for 3,000 subscribers.",
    ],
  },
  {
    kind: "audience",
    metric: "audience",
    forms: { en: ["subscriber base", "audience", "fan ?base", "community"], de: ["Publikum", "Community"], fr: ["audience", "communauté"], es: ["audiencia", "comunidad"], it: ["pubblico", "community"], nl: ["publiek", "community"], pt: ["audiência", "público", "comunidade"] },
    leading: true,
    guard: "audienceWord",
    examples: [
      { text: "An online audience of 120k across platforms.", value: 120000, platform: null },
      { text: "Brings a 310K-strong LinkedIn audience.", value: 310000, platform: "linkedin" },
    ],
    falseFriends: ["Presented to an audience of 300 at the keynote.", "Our Sunday show reached a TV audience of 5 million."],
  },
  {
    kind: "audience",
    metric: "connections",
    forms: {
      en: ["(?:LinkedIn |1st[- ]degree |first[- ]degree )?connections"],
      de: ["Kontakte(?:n)?"],
      fr: ["connexions"],
      es: ["contactos", "conexiones"],
      it: ["collegamenti"],
      nl: ["connecties"],
      pt: ["conexões"],
      pl: ["kontaktów"],
    },
    leading: true,
    guard: "connections",
    defaultPlatform: "linkedin",
    examples: [
      { text: "7,500 connections", value: 7500, platform: "linkedin" },
      { text: "LinkedIn: ruim 7.000 connecties", value: 7000, platform: "linkedin" },
    ],
    falseFriends: ["Installed 100 branches connections for the bank's WAN.", "Handled 5,000 concurrent connections."],
  },
  {
    kind: "audience",
    metric: "contacts",
    forms: { en: ["contacts"], de: ["XING-Kontakte"] },
    guard: "namedPlatform",
    examples: [{ text: "2,300 contacts on XING", value: 2300, platform: "xing" }],
    falseFriends: ["Maintained a database of 4,000 media contacts."],
  },
  {
    kind: "audience",
    metric: "fans",
    forms: { en: ["fans"], de: ["Fans"], fr: ["fans"], es: ["fans"], it: ["fan"], nl: ["fans"], pt: ["fãs", "fans"], pl: ["fanów", "fanami"] },
    leading: true,
    guard: "fans",
    examples: [
      { text: "Grew Facebook fans from 500 to 30,000 in six months.", value: 30000, platform: "facebook" },
      { text: "Pagina Facebook: 61.000 fan", value: 61000, platform: "facebook" },
    ],
    falseFriends: ["Installed and balanced 300+ exhaust fans."],
  },
  {
    kind: "audience",
    metric: "page_likes",
    forms: { en: ["page likes", "page fans", "likes"], es: ["me gusta"], fr: ["j['’]aime", "mentions j['’]aime"], pt: ["curtidas"], it: ["mi piace"], de: ["Gefällt-mir-Angaben", "Likes"], nl: ["likes"] },
    leading: true,
    guard: "pageLikes",
    examples: [
      { text: "Grew Facebook page likes to 2,900 through a weekly trivia contest.", value: 2900, platform: "facebook" },
      { text: "Ran the brand's Facebook page (41k likes).", value: 41000, platform: "facebook" },
      { text: "Facebook: página con 130 mil me gusta", value: 130000, platform: "facebook" },
    ],
  },
  {
    kind: "audience",
    metric: "listeners",
    forms: { en: ["(?:monthly |weekly )?listeners"], de: ["Hörer(?:innen)?", "Hörer:innen"], fr: ["auditeurs"], es: ["oyentes"], it: ["ascoltatori"], nl: ["luisteraars"], pt: ["ouvintes"], pl: ["słuchaczy"] },
    leading: true,
    guard: "listeners",
    defaultPlatform: "podcastInContext",
    examples: [{ text: "The podcast has 3,000 monthly listeners.", value: 3000, platform: "podcast" }],
  },
  {
    kind: "audience",
    metric: "subscribers",
    // The people on an e-mail list, however the list calls them: "250 K double opt-in members for
    // weekly product update emails", "subscriber list from 78K to 102K members".
    forms: { en: ["members", "contacts", "recipients", "opt-ins", "addresses"], de: ["Kontakte", "Empfänger(?:innen)?"], fr: ["contacts", "destinataires"], es: ["contactos", "destinatarios"], pt: ["contatos", "destinatários"] },
    guard: "emailList",
    defaultPlatform: "newsletter",
    examples: [
      { text: "Directed team to develop database of more than 250 K double opt-in members for weekly product update emails.", value: 250000, platform: "newsletter" },
      { text: "Grew CRM subscriber list from 78K to 102K members in one month.", value: 102000, platform: "newsletter" },
    ],
    falseFriends: ["Emailed 40 members of the board each week."],
  },
  {
    kind: "audience",
    metric: "supporters",
    forms: { en: ["supporters"], de: ["Unterstützer(?:innen)?"], fr: ["sympathisants"], es: ["simpatizantes"] },
    guard: "supporters",
    examples: [{ text: "Email list of 96,000 supporters.", value: 96000, platform: "newsletter" }],
    falseFriends: ["Rallied 2,000 supporters at the town hall."],
  },
  // Reach: how many saw, read, heard or used the work.
  {
    kind: "reach",
    metric: "views",
    forms: {
      en: ["(?:video |page ?|profile |story |post |total |organic |monthly |YouTube )?views", "pageviews", "page-views", "viewings"],
      de: ["Aufrufe(?:n)?", "Seitenaufrufe", "Views"],
      fr: ["vues"],
      es: ["visualizaciones", "reproducciones", "vistas"],
      it: ["visualizzazioni"],
      nl: ["weergaven", "views"],
      pt: ["visualizações", "views"],
      pl: ["wyświetleń", "wyświetlenia"],
    },
    leading: true,
    guard: "views",
    minimum: 50,
    examples: [
      { text: "Produced a series with 14.5 million views on YouTube (2022).", value: 14500000, platform: "youtube" },
      { text: "Reel sulla pizza fritta: 2,3 mln di visualizzazioni", value: 2300000, platform: "instagram" },
      { text: "YouTube: 48 millones de visualizaciones totales", value: 48000000, platform: "youtube" },
      { text: "Pinterest : 1,1 M de vues mensuelles.", value: 1100000, platform: "pinterest" },
    ],
    falseFriends: ["Modélisation de 300 tables et 85 vues SQL dans Snowflake.", "Built 40 materialized views in Postgres."],
  },
  {
    kind: "reach",
    metric: "impressions",
    forms: { en: ["impressions"], de: ["Impressionen"], fr: ["impressions"], es: ["impresiones"], it: ["impression", "impressioni"], nl: ["impressies"], pt: ["impressões"] },
    leading: true,
    guard: "impressions",
    examples: [{ text: "Always-on program delivered 48M impressions in 2024.", value: 48000000, platform: null }],
    falseFriends: ["A daily output of over 30 million label impressions on different substrates."],
  },
  {
    kind: "reach",
    metric: "downloads",
    forms: { en: ["downloads"], de: ["Downloads", "Abrufe(?:n)?"], fr: ["téléchargements"], es: ["descargas"], it: ["download"], nl: ["downloads"], pt: ["downloads"], pl: ["pobrań"] },
    leading: true,
    guard: "downloads",
    defaultPlatform: "podcastInContext",
    examples: [
      { text: "Podcast: 310.000 Abrufe seit 2021", value: 310000, platform: "podcast" },
      { text: "212 podcast episodes; 1.6 million all-time downloads", value: 1600000, platform: "podcast" },
    ],
    falseFriends: ["Built the Android app from scratch; 2.3M downloads on Google Play."],
  },
  {
    kind: "reach",
    metric: "plays",
    forms: { en: ["plays", "streams", "listens", "loops"], de: ["Wiedergaben", "Streams"], fr: ["écoutes", "lectures"], es: ["reproducciones", "escuchas"], it: ["riproduzioni", "ascolti"], nl: ["streams", "afspeelbeurten"], pt: ["reproduções", "plays"], pl: ["odsłuchań", "odtworzeń"] },
    leading: true,
    minimum: 100,
    defaultPlatform: "podcastInContext",
    examples: [{ text: "Created 90 Instagram Reels; our best one hit 612k plays.", value: 612000, platform: "instagram" }],
    falseFriends: ["Directed 3 plays per year for the school."],
  },
  {
    kind: "reach",
    metric: "reads",
    forms: { en: ["reads"], es: ["lecturas"], pt: ["leituras"], it: ["letture"], fr: ["lectures"] },
    leading: true,
    minimum: 100,
    examples: [
      { text: "Wrote 60+ tutorials on dev.to (31k followers, 1.2M total reads).", value: 1200000, platform: "devto" },
      { text: "Mis reportajes sumaron más de 900 mil lecturas.", value: 900000, platform: null },
    ],
  },
  {
    kind: "reach",
    metric: "readers",
    forms: { en: ["readers", "readership"], de: ["Leser(?:innen)?", "Leser:innen"], fr: ["lecteurs"], es: ["lectores"], it: ["lettori"], nl: ["lezers"], pt: ["leitores"], pl: ["czytelników"] },
    leading: true,
    guard: "readers",
    examples: [{ text: "Author of the Workplace Law Blog (40,000 monthly readers).", value: 40000, platform: "blog" }],
    falseFriends: ["Installed 40 RFID card readers.", "Authored a weekly employee newsletter with a readership of 4,600."],
  },
  {
    kind: "reach",
    metric: "visitors",
    forms: {
      en: ["(?:unique |monthly |site |website |web |blog |organic |daily )?(?:visitors|visits|hits)"],
      de: ["Besucher(?:innen)?", "Besuche"],
      fr: ["visiteurs", "visites"],
      es: ["visitantes", "visitas"],
      it: ["visitatori", "visite"],
      nl: ["bezoekers"],
      pt: ["visitantes", "visitas"],
    },
    leading: true,
    guard: "visitors",
    examples: [
      { text: "The blog draws 95,000 monthly visitors.", value: 95000, platform: "blog" },
      { text: "Instagram drove 12,000 visitors to our online store.", value: 12000, platform: "instagram" },
    ],
    falseFriends: ["Welcomed 2,000 visitors to the museum each weekend.", "Instagram giveaways brought 4,000 visitors to the taproom's anniversary weekend in 2017."],
  },
  {
    kind: "reach",
    metric: "stars",
    forms: { en: ["(?:GitHub )?stars", "★"], de: ["Sterne"], fr: ["étoiles"], es: ["estrellas"], it: ["stelle"], pt: ["estrelas"] },
    guard: "stars",
    defaultPlatform: "github",
    minimum: 10,
    examples: [
      { text: "Maintainer of tessellate-cli — 5.8k GitHub stars.", value: 5800, platform: "github" },
      { text: "GitHub: maintainer of react-virtual-grid (7.4k ★).", value: 7400, platform: "github" },
    ],
    falseFriends: ["Rated 4.7 stars out of 5 on Google."],
  },
  {
    kind: "reach",
    metric: "viewers",
    forms: {
      en: ["(?:peak |average |avg\\.? |live )?concurrent viewers", "(?:live |average |avg\\.? |peak |unique )?viewers"],
      de: ["Zuschauer(?:innen)?"],
      fr: ["spectateurs", "téléspectateurs"],
      es: ["espectadores"],
      it: ["spettatori"],
      nl: ["kijkers"],
      pt: ["espectadores"],
    },
    leading: true,
    guard: "viewers",
    examples: [{ text: "Twitch Partner; 420 average concurrent viewers.", value: 420, platform: "twitch" }],
    falseFriends: ["Produced the series finale, which drew 3.2 million TV viewers.", "Wrote a weekly TV review column; my review of the final (watched by 9.6 million viewers) was syndicated."],
  },
  {
    kind: "reach",
    metric: "reach",
    // Who a campaign reached: "posts reached 310,000 local residents", "a atteint 40 000 habitants".
    forms: {
      en: ["people", "accounts", "individuals", "consumers", "unique users", "households", "neighbou?rs", "residents", "citizens", "voters", "adults", "locals"],
      es: ["personas", "cuentas", "habitantes", "vecinos", "ciudadanos"],
      pt: ["pessoas", "contas", "moradores", "habitantes", "cidadãos"],
      fr: ["personnes", "comptes", "habitants", "citoyens"],
      de: ["Menschen", "Personen", "Konten", "Einwohner(?:innen)?", "Bürger(?:innen)?"],
      it: ["persone", "account", "abitanti", "cittadini"],
      nl: ["mensen", "accounts", "inwoners", "burgers"],
      // Users only after a verb of reaching: "dotarła do 2,1 mln użytkowników".
      pl: ["osób", "użytkowników", "mieszkańców", "kont"],
    },
    guard: "reachedPeople",
    examples: [
      { text: "The campaign reached 2.3 million people.", value: 2300000, platform: null },
      { text: "Nextdoor: 2,000 neighbours reached.", value: 2000, platform: "nextdoor" },
      { text: "For the council's Food Waste Week, posts reached 310,000 local residents.", value: 310000, platform: null },
    ],
    falseFriends: ["Supervised 40 people.", "Served 200 households each week.", "Served 40,000 residents of the borough."],
  },
  {
    kind: "reach",
    metric: "participants",
    forms: { en: ["participants", "attendees"], de: ["Teilnehmer(?:innen)?", "Teilnehmende"], fr: ["participants"], es: ["participantes"], pt: ["participantes"], it: ["partecipanti"], nl: ["deelnemers"] },
    guard: "onlineParticipants",
    examples: [{ text: "Supported Kaiser Permanente's TEDx talks (10,000 livestream participants).", value: 10000, platform: null }],
    falseFriends: ["Organised 35 mapathons with 2,100 attendees."],
  },
  {
    kind: "reach",
    metric: "reach",
    forms: { en: ["reach", "organic reach", "total reach"], de: ["[\\p{L}-]*Reichweite"], fr: ["portée"], es: ["alcance"], it: ["copertura", "reach"], nl: ["[\\p{L}-]*bereik"], pt: ["alcance"], pl: ["zasięg"] },
    leading: true,
    guard: "reachWord",
    examples: [
      { text: "Organic reach 1.2M in Q3.", value: 1200000, platform: null },
      { text: "Gemiddeld Instagram-storybereik: 9.000", value: 9000, platform: "instagram" },
    ],
  },
  // Engagement counted: likes, shares, comments, clicks.
  {
    kind: "engagement",
    metric: "likes",
    forms: { en: ["likes"], de: ["Likes", "Gefällt-mir"], fr: ["j['’]aime", "likes"], es: ["me gusta", "likes"], it: ["mi piace"], nl: ["likes", "vind-ik-leuks"], pt: ["curtidas", "likes"], pl: ["polubień"] },
    guard: "postLikes",
    examples: [
      { text: "Launched the brand TikTok: 74.5K followers, 2.1M likes.", value: 2100000, platform: "tiktok" },
      { text: "TikTok: 320 mil seguidores e 4,8 milhões de curtidas.", value: 4800000, platform: "tiktok" },
    ],
  },
  {
    kind: "engagement",
    metric: "likes",
    forms: { it: ["like"] },
    guard: "loanLike",
    examples: [{ text: "Tasso di engagement del 5,2% su Instagram; 12.000 like medi per post", value: 12000, platform: "instagram" }],
    falseFriends: ["Partnered with 50 like-minded charities on Facebook.", "Benchmarked against 20 like products from two vendors.", "We posted 10 like this on Instagram."],
  },
  {
    kind: "engagement",
    metric: "reactions",
    forms: { en: ["reactions", "retweets", "reposts", "repins", "hearts", "upvotes", "claps", "appreciations"], de: ["Reaktionen"], fr: ["réactions"], es: ["reacciones"], pt: ["reações"], it: ["reazioni"], nl: ["reacties"] },
    examples: [
      { text: "My r/personalfinance guide got 3,400 upvotes.", value: 3400, platform: "reddit" },
      { text: "Behance portfolio: 9,800 appreciations.", value: 9800, platform: "behance" },
    ],
  },
  {
    kind: "engagement",
    metric: "shares",
    forms: { en: ["shares"], de: ["Shares", "geteilt"], fr: ["partages"], es: ["compartidos"], it: ["condivisioni"], nl: ["shares"], pt: ["compartilhamentos"] },
    guard: "shares",
    examples: [{ text: "The post got 1,300 shares on LinkedIn.", value: 1300, platform: "linkedin" }],
    falseFriends: ["Sold 12,000 shares of company stock."],
  },
  {
    kind: "engagement",
    metric: "comments",
    forms: { en: ["comments"], de: ["Kommentare"], fr: ["commentaires"], es: ["comentarios"], it: ["commenti"], pt: ["comentários"] },
    guard: "comments",
    examples: [{ text: "The thread drew 1,100 comments on Reddit.", value: 1100, platform: "reddit" }],
    falseFriends: ["Resolved 300 code review comments."],
  },
  {
    kind: "engagement",
    metric: "saves",
    forms: { en: ["saves"], fr: ["enregistrements"], es: ["guardados"], pt: ["salvamentos"] },
    guard: "social",
    examples: [{ text: "The carousel earned 4,200 saves on Instagram.", value: 4200, platform: "instagram" }],
  },
  {
    kind: "engagement",
    metric: "clicks",
    forms: { en: ["(?:link )?clicks"], de: ["Klicks"], fr: ["clics"], es: ["clics", "clicks"], it: ["clic", "click"], nl: ["kliks"], pt: ["cliques"] },
    guard: "clicks",
    examples: [{ text: "Delivered 48M impressions and 310,000 clicks to site.", value: 310000, platform: null }],
  },
  {
    kind: "engagement",
    metric: "engagements",
    forms: { en: ["(?:social |total |organic )?(?:interactions|engagements)"], de: ["Interaktionen"], fr: ["interactions"], es: ["interacciones"], it: ["interazioni"], pt: ["interações"], nl: ["interacties"] },
    leading: true,
    guard: "interactions",
    examples: [{ text: "The campaign drew 52,000 social interactions.", value: 52000, platform: null }],
  },
];

/**
 * Measures named by a verb instead of a noun: "read 480,000 times", "viewed 2M times", "me siguen
 * 41 mil personas". `verbs` stand before the figure (or, in German, after it: "480.000 Mal
 * gelesen"); a figure after a "times" word needs one of them in its clause.
 */
export interface VerbMeasure {
  kind: CountedKind;
  metric: string;
  verbs: Forms;
  /** The guard of the noun the verb stands for: an app "downloaded 2.5 million times" is a product's. */
  guard?: GuardName;
  examples: readonly MeasureExample[];
  falseFriends?: readonly string[];
}

/** "times" in each language: "480,000 times", "480.000 Mal", "480 000 fois". */
export const TIMES_WORDS: Forms = {
  en: ["times"],
  de: ["Mal", "mal"],
  fr: ["fois"],
  es: ["veces"],
  it: ["volte"],
  nl: ["keer"],
  pt: ["vezes"],
  pl: ["razy"],
};

export const TIMES_VERBS: readonly VerbMeasure[] = [
  {
    kind: "reach",
    metric: "reads",
    verbs: { en: ["read"], de: ["gelesen"], fr: ["lu", "lue", "lus", "lues"], es: ["leído", "leída", "leídos"], it: ["letto", "letta", "letti"], nl: ["gelezen"], pt: ["lido", "lida", "lidos"], pl: ["przeczytany", "przeczytana"] },
    examples: [
      { text: "My investigation was read 480,000 times online.", value: 480000, platform: null },
      { text: "Our best story was read 1.4M times on Medium.", value: 1400000, platform: "medium" },
    ],
  },
  {
    kind: "reach",
    metric: "views",
    verbs: { en: ["viewed", "watched", "seen"], de: ["angesehen", "aufgerufen", "angeschaut", "gesehen"], fr: ["vu", "vue", "vues", "visionné", "visionnée"], es: ["visto", "vista", "visualizado", "reproducido"], it: ["visto", "vista", "visualizzato"], nl: ["bekeken"], pt: ["visto", "vista", "visualizado", "assistido"], pl: ["obejrzany", "wyświetlony"] },
    examples: [{ text: "The explainer was viewed 2.6M times on TikTok.", value: 2600000, platform: "tiktok" }],
  },
  {
    kind: "reach",
    metric: "plays",
    verbs: { en: ["played", "streamed", "listened to"], de: ["gestreamt", "abgespielt", "gehört"], fr: ["écouté", "écoutée", "streamé"], es: ["escuchado", "reproducida"], it: ["ascoltato"], nl: ["beluisterd", "gestreamd"], pt: ["ouvido", "tocado"] },
    examples: [{ text: "The episode was streamed 85,000 times on Spotify.", value: 85000, platform: "spotify" }],
  },
  {
    kind: "reach",
    metric: "downloads",
    verbs: { en: ["downloaded"], de: ["heruntergeladen"], fr: ["téléchargé", "téléchargée"], es: ["descargado", "descargada"], it: ["scaricato"], nl: ["gedownload"], pt: ["baixado", "baixada"] },
    guard: "downloads",
    examples: [{ text: "The podcast was downloaded 310,000 times.", value: 310000, platform: "podcast" }],
    falseFriends: ["Led development of the company's iOS app, downloaded 2.5 million times."],
  },
  {
    kind: "engagement",
    metric: "saves",
    verbs: { en: ["saved", "bookmarked"], de: ["gespeichert"], fr: ["enregistré", "enregistrée", "enregistrés"], es: ["guardado", "guardada", "guardados"], it: ["salvato", "salvata", "salvati"], nl: ["opgeslagen"], pt: ["salvo", "salva", "salvos"] },
    guard: "social",
    examples: [{ text: "My explainers on Instagram reached 2.8M accounts and were saved 140,000 times.", value: 140000, platform: "instagram" }],
    falseFriends: ["The fix saved 40 times the cost of the audit."],
  },
  {
    kind: "engagement",
    metric: "shares",
    verbs: { en: ["shared", "retweeted", "reposted"], de: ["geteilt"], fr: ["partagé", "partagée"], es: ["compartido", "compartida"], it: ["condiviso"], nl: ["gedeeld"], pt: ["compartilhado", "compartilhada"] },
    examples: [{ text: "The post was shared 12,000 times on LinkedIn.", value: 12000, platform: "linkedin" }],
  },
];

/**
 * "me siguen 41 mil personas", "followed by 20K people": who follows, named by the verb. The verb
 * stands right before the figure (an approximation word may come between).
 */
export const FOLLOW_VERBS: Forms = {
  en: ["followed by"],
  de: ["folgen mir", "mir folgen", "folgen uns", "uns folgen"],
  fr: ["me suivent", "nous suivent", "suivi par", "suivie par"],
  es: ["me siguen", "nos siguen", "seguido por", "seguida por"],
  it: ["mi seguono", "ci seguono", "seguito da", "seguita da"],
  nl: ["volgen mij", "volgen ons", "gevolgd door"],
  pt: ["me seguem", "nos seguem", "seguido por", "seguida por"],
  pl: ["obserwuje mnie", "obserwuje nas"],
};

/** Rates of engagement, read beside a percentage: "6.4% engagement rate", "taxa de abertura de 46 %". */
export interface RateEntry {
  metric: string;
  forms: Forms;
  examples: readonly MeasureExample[];
}

export const RATES: readonly RateEntry[] = [
  {
    metric: "open_rate",
    forms: {
      en: ["open[- ]rates?", "opens"],
      de: ["Öffnungsrate"],
      fr: ["taux d['’]ouverture"],
      es: ["tasa de apertura"],
      it: ["tasso di apertura"],
      nl: ["openingspercentage", "open rate"],
      pt: ["taxa de abertura"],
      pl: ["wskaźnik otwarć"],
    },
    examples: [
      { text: "My own newsletter on Ghost: 9,400 subscribers, 52% open rate.", value: 52, platform: "newsletter" },
      { text: "Newsletter semanal com 31 mil assinantes e taxa de abertura de 46 %", value: 46, platform: "newsletter" },
    ],
  },
  {
    metric: "click_rate",
    forms: { en: ["click[- ]through[- ]rates?", "click[- ]rates?", "CTR", "CTOR"], de: ["Klickrate"], fr: ["taux de clics?"], es: ["tasa de clics"], it: ["tasso di clic"], nl: ["klikpercentage"], pt: ["taxa de cliques"] },
    examples: [{ text: "Employee advocacy program: 1,300 shares/month, 2.7% average CTR.", value: 2.7, platform: null }],
  },
  {
    metric: "completion_rate",
    forms: { en: ["completion[- ]rate", "view[- ]through[- ]rate"], de: ["Abschlussrate"], fr: ["taux de complétion"], es: ["tasa de finalización"] },
    examples: [{ text: "Reels hold a 64% video completion rate on Instagram.", value: 64, platform: "instagram" }],
  },
  { metric: "save_rate", forms: { en: ["save[- ]rate"] }, examples: [{ text: "Carousels reach a 4.1% save rate on Instagram.", value: 4.1, platform: "instagram" }] },
  { metric: "share_rate", forms: { en: ["share[- ]rate"] }, examples: [{ text: "Our TikToks average a 2.2% share rate.", value: 2.2, platform: "tiktok" }] },
  {
    metric: "engagement_rate",
    forms: {
      en: ["engagement[- ]rate", "engagement", "ER"],
      de: ["Engagement-?Rate", "Interaktionsrate"],
      fr: ["taux d['’]engagement(?: moyen)?", "taux d['’]interaction"],
      es: ["tasa de (?:interacción|engagement)"],
      it: ["tasso di (?:coinvolgimento|engagement|interazione)"],
      nl: ["engagementpercentage", "betrokkenheid"],
      pt: ["taxa de (?:engajamento|interação)"],
      pl: ["wskaźnik zaangażowania", "współczynnik zaangażowania"],
    },
    examples: [
      { text: "Instagram (@clemence) : taux d’engagement moyen de 7,2 %.", value: 7.2, platform: "instagram" },
      { text: "La campagna TikTok ha un tasso di coinvolgimento dell'8,3%.", value: 8.3, platform: "tiktok" },
      { text: "Instagram: 97 mil seguidores · tasa de interacción 6,1 %", value: 6.1, platform: "instagram" },
    ],
  },
];

/**
 * Growth given only as a share ("Increased YouTube subscribers by 20%", "47% follower growth"): the
 * verbs and nouns of growth, and the words that join a measure to its percentage ("by", "um", "de").
 */
export const GROWTH_WORDS: { verbs: Forms; nouns: Forms; joins: Forms } = {
  verbs: {
    en: ["increased", "increasing", "increase", "grew", "grow", "growing", "grown", "boosted", "boosting", "raised", "doubled", "tripled", "lifted", "expanded", "improved", "gained", "drove", "driving", "built"],
    de: ["steigerte", "gesteigert", "erhöht", "erhöhte", "wuchs", "gewachsen", "ausgebaut"],
    fr: ["augmenté", "augmenter", "accru", "développé", "fait croître"],
    es: ["aumenté", "aumentó", "aumentamos", "incrementé", "incrementó", "crecí", "creció", "hice crecer"],
    it: ["aumentato", "incrementato", "cresciuto", "fatto crescere"],
    nl: ["verhoogd", "verhoogde", "gegroeid", "liet groeien"],
    pt: ["aumentei", "aumentou", "aumentamos", "cresceu", "cresci", "ampliei"],
    pl: ["zwiększyłem", "zwiększyłam", "zwiększył"],
  },
  nouns: {
    en: ["growth", "increase", "rise", "jump", "lift", "gain", "uplift", "boost"],
    de: ["Wachstum", "Steigerung", "Zuwachs", "Anstieg"],
    fr: ["croissance", "hausse", "augmentation", "progression"],
    es: ["crecimiento", "aumento", "incremento"],
    it: ["crescita", "aumento", "incremento"],
    nl: ["groei", "stijging"],
    pt: ["crescimento", "aumento"],
    pl: ["wzrost"],
  },
  joins: { en: ["by", "of", "up", "up by", "over"], de: ["um", "von"], fr: ["de"], es: ["en", "de", "un"], it: ["del", "di", "dello"], nl: ["met"], pt: ["em", "de"], pl: ["o"] },
};
