// Les conseils en français.
import type { ClaimFlag } from "../../types.ts";
import { appendInside, capitalise, handleOrLink, formatNumberIn, listWith, type NumberStyle, withKnownYear } from "./format.ts";
import type { FlagWords, HeadlineWords, Messages, RuleWords, SummaryPoint, Worded } from "./types.ts";

const MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"];

/** French groups thousands with a narrow no-break space. */
const STYLE: NumberStyle = { group: "\u202f", decimal: ",", billions: (value) => `${value} milliard${value === "1" ? "" : "s"}`, millions: (value) => `${value} million${value === "1" ? "" : "s"}` };
const formatNumber = (value: number) => formatNumberIn(value, STYLE);

const METRICS: Record<string, string> = {
  viewers: "spectateurs",
  followers: "abonnés",
  subscribers: "abonnés",
  members: "membres",
  connections: "relations",
  views: "vues",
  impressions: "impressions",
  likes: "mentions J'aime",
  fans: "fans",
  downloads: "téléchargements",
  readers: "lecteurs",
  visitors: "visiteurs",
  listeners: "auditeurs",
  stars: "étoiles",
  plays: "lectures",
  reach: "portée",
  shares: "partages",
  comments: "commentaires",
  engagement_rate: "taux d'engagement",
  open_rate: "taux d'ouverture",
  click_rate: "taux de clics",
  completion_rate: "taux de complétion",
  save_rate: "taux d'enregistrement",
  share_rate: "taux de partage",
  reputation: "réputation",
  clicks: "clics",
  reads: "lectures",
};

function metricWords(metric: string): string {
  return METRICS[metric] ?? metric.replaceAll("_", " ");
}

const PEOPLE: Record<string, string> = {
  engineering: "les développeurs",
  data: "les data scientists",
  design: "les designers",
  research: "les chercheurs",
  academia: "les universitaires",
  education: "les enseignants",
  sales: "les commerciaux",
  recruiting: "les recruteurs",
  people_hr: "les RH",
  journalism: "les journalistes",
  communications: "les communicants",
  photography_video: "les photographes et vidéastes",
  real_estate: "les agents",
  fitness_wellness: "les coachs",
  sports: "les sportifs",
};

const OUTCOME_NOUNS: Record<string, string> = {
  social_media: "commandes, inscriptions ou ventes",
  community: "fidélisation, inscriptions ou ventes",
  influencer_marketing: "ventes ou inscriptions issues des campagnes",
  creator: "partenariats de marque ou ventes",
  content: "inscriptions, leads ou ventes",
  podcast_audio: "sponsors ou auditeurs passés à l'action",
  digital_pr: "retombées presse",
  developer_relations: "inscriptions, adoption ou participation",
  public_awareness: "personnes passées à l'action : inscriptions, signalements, engagements",
  communications: "retombées presse",
  journalism: "lecteurs ou sujets repris ailleurs",
  marketing: "leads, inscriptions ou chiffre d'affaires",
  sales: "rendez-vous ou contrats signés",
  real_estate: "demandes d'acheteurs ou ventes",
  recruiting: "recrutements",
  consulting: "clients gagnés",
  founders_executives: "clients, inscriptions ou investissements",
  events: "inscriptions et participation",
  fundraising: "dons",
  speaking_coaching: "réservations ou participation",
  advocacy_campaigns: "inscriptions, signatures ou mobilisation",
  politics: "bénévoles, inscriptions ou participation",
  faith_ministry: "fréquentation, bénévoles ou dons",
  arts_entertainment: "commandes ou réservations",
  photography_video: "commandes ou réservations",
  fitness_wellness: "clients ou réservations",
  beauty_fashion: "réservations ou ventes",
  hospitality: "réservations ou couverts",
  sports: "sponsors ou billets vendus",
};

const RESULTS: Record<string, string> = {
  social_media: "[N] commandes en ligne",
  community: "[N] inscriptions",
  influencer_marketing: "[N] ventes issues des campagnes",
  creator: "[N] partenariats rémunérés",
  content: "[N] inscriptions",
  podcast_audio: "[N] contrats de sponsoring",
  digital_pr: "[N] retombées presse",
  developer_relations: "[N] inscriptions de développeurs",
  public_awareness: "[N] personnes qui ont [agi]",
  communications: "[N] retombées presse",
  journalism: "[N] lecteurs par mois",
  marketing: "[N] leads qualifiés",
  sales: "[N] rendez-vous obtenus",
  real_estate: "[N] demandes d'acheteurs",
  recruiting: "[N] recrutements",
  consulting: "[N] missions client",
  founders_executives: "[N] clients",
  events: "[N] inscriptions",
  fundraising: "[montant] de dons",
  speaking_coaching: "[N] interventions rémunérées",
  advocacy_campaigns: "[N] inscriptions",
  politics: "[N] bénévoles",
  faith_ministry: "[N] nouveaux bénévoles",
  arts_entertainment: "[N] commandes",
  photography_video: "[N] commandes",
  fitness_wellness: "[N] nouveaux clients",
  beauty_fashion: "[N] réservations",
  hospitality: "[N] réservations",
  sports: "[N] contrats de sponsoring",
};

function quote(text: string): string {
  return `«\u00a0${text}\u00a0»`;
}

function list(items: readonly string[]): string {
  return listWith(items, "et");
}

/** The document with its article: "le CV", "la proposition". */
function the(doc: string): string {
  return doc === "proposition" ? "la proposition" : `le ${doc}`;
}
function whole(doc: string): string {
  return doc === "proposition" ? "toute la proposition" : `tout le ${doc}`;
}

function keepOrDate(words: RuleWords): string {
  if (words.asOf !== "") return `Gardez-le et ajoutez la date : ${quote(words.dated)}.`;
  return words.needsFix ? "Gardez-le." : "Gardez-le tel quel.";
}

/** The rewrite that adds what the claim lacks; a craft platform's figure gets what shows the craft, never a sales tail. */
function withResult(words: RuleWords): string {
  switch (words.platform) {
    case "github":
    case "gitlab":
      return quote(`${words.dated}, utilisé par [équipes ou entreprises]`);
    case "stack_overflow":
      return quote(`${words.dated}, surtout des réponses sur [sujet]`);
    case "dribbble":
    case "behance":
      return quote(`${words.dated}; [projet] a remporté [client ou prix]`);
    case "kaggle":
      return quote(`${words.dated}: [compétition], classé [place] sur [N] équipes`);
    default:
      if (words.owner === "self" && words.relevance !== "core") return quote(`${words.dated}, ce qui a mené à [ce que cela vous a apporté]`);
      return quote(`${words.dated}, ce qui a généré ${words.result}`);
  }
}

/** Une liste d'influenceurs, pour un poste qui n'en a pas besoin : à supprimer, même dans le métier de la personne. */
function cutList(words: RuleWords): string {
  return words.showcase ? `Supprimez-la et ${showcaseInstead(words, "")}.` : "Supprimez-la : même une liste de votre métier classe une audience, pas le travail.";
}

function showcaseInstead(words: RuleWords, fallback: string): string {
  return words.showcase ? `mettez plutôt en avant ${words.showcase}` : fallback;
}

function ownerWords(words: RuleWords): string {
  const on = words.label ? ` ${words.label}` : "";
  if (words.ownerName) return `le compte${on} de ${words.ownerName}`;
  if (words.proposal && words.owner === "organization") return `le compte${on} de votre agence`;
  return words.owner === "client" ? `le compte${on} d'un client` : `le compte${on} d'une organisation`;
}

/** The usual engagement bands, said in French. */
const USUAL: Readonly<Record<string, string>> = {
  "2.6–5.7% for brands, up to about 10% for creators": "2,6 à 5,7 % pour les marques, jusqu'à 10 % environ pour les créateurs",
  "0.5–1% for brands, a few percent for creators": "0,5 à 1 % pour les marques, quelques pour cent pour les créateurs",
  "about 0.06% for brands": "environ 0,06 % pour les marques",
  "about 0.03% for brands": "environ 0,03 % pour les marques",
  "a few percent": "quelques pour cent",
  "well under 1%": "bien moins de 1 %",
};

function implausibleReason(words: RuleWords): string {
  const figure = capitalise(words.figure);
  const why = words.implausible;
  switch (why?.type) {
    case "over_100":
      return `${figure} dépasse 100 % : un lecteur y verra une erreur, puis doutera du reste.`;
    case "off_scale":
      return `${figure} sort de l'échelle de ${words.label ?? "ce service"} (${why.min}–${formatNumber(why.max)}) : un lecteur y verra une erreur et doutera des chiffres voisins.`;
    case "above_band":
      return `${figure} dépasse de loin ce que les comptes ${words.label ?? "de cette plateforme"} obtiennent d'habitude (${USUAL[why.usual] ?? why.usual}) : sans dire comment il a été mesuré, il n'est pas crédible.`;
    case "likes_above_audience":
      return `${figure} par publication, c'est plus que toute l'audience du compte (${formatNumber(why.audience.value ?? 0)}) : sans une publication virale, ce n'est pas crédible.`;
    default:
      return `${figure} paraît disproportionné : un lecteur en doutera, et des chiffres voisins aussi.`;
  }
}

function craftRewrite(words: RuleWords): string {
  switch (words.platform) {
    case "github":
    case "gitlab":
      return `Dites ce que les étoiles montrent du travail : ${quote(`${words.dated}, utilisé par [équipes ou entreprises]`)}.`;
    case "stack_overflow":
      return `Dites ce qui l'a valu : ${quote(`${words.dated}, surtout des réponses sur [sujet]`)}.`;
    case "linkedin":
    case "linkedin_ssi":
      return `Dites ce que cela a produit : ${withResult(words)}.`;
    case "dribbble":
    case "behance":
      return `Dites à quoi le travail a mené : ${quote(`${words.dated} ; [projet] a remporté [client ou prix]`)}.`;
    default:
      return `Dites ce que cela montre du travail, et quand : ${quote(`${words.dated}, [ce que cela a donné]`)}.`;
  }
}

function rule(words: RuleWords): Worded {
  const { action, roleRef, doc } = words;
  const figure = capitalise(words.figure);
  const label = words.label ?? "Ce service";
  switch (words.rule) {
    case "hidden_text":
      return {
        reason: `Ce texte est caché dans le fichier : un lecteur ne peut pas le voir, il ne prouve donc rien, et un logiciel qui détecte le texte caché peut traiter ${whole(doc)} comme du bourrage de mots-clés.`,
        suggestion: "Supprimez le texte caché. Si le chiffre compte, écrivez-le de façon visible, avec ce qu'il a produit.",
        covers: ["hidden_text", "no_outcome", "no_timeframe", "vanity_metric", "unverifiable"],
      };
    case "defunct_platform_past_work":
      return {
        reason: `${figure} témoigne du travail fait alors, mais ${label} a fermé${words.closed ? ` en ${words.closed}` : ""} : personne ne peut le vérifier, et ${words.year ? `seule son année (${words.year}) évite qu'il se lise comme un chiffre actuel` : "sans son année il se lit comme un chiffre actuel"} d'un service qui n'existe plus.`,
        suggestion:
          action === "remove"
            ? "Supprimez-le ; la ligne servira mieux un résultat de votre travail."
            : `Gardez-le comme historique, avec son année et ce qu'il a produit : ${quote(`${words.dated}, [ce que cela a permis]`)}.`,
        covers: ["defunct_metric", "stale", "no_timeframe", "unverifiable"],
      };
    case "defunct_score":
      return {
        reason: words.closed
          ? `${label} a fermé en ${words.closed} : ${words.figure} date ${the(doc)} et personne ne peut le vérifier.`
          : `${label} n'existe plus : ${words.figure} date ${the(doc)} et personne ne peut le vérifier.`,
        suggestion: words.showcase
          ? `Supprimez-le et mettez plutôt en avant ${words.showcase}.`
          : words.relevance === "peripheral"
            ? "Supprimez-le ; la ligne servira mieux un résultat de votre travail."
            : `Supprimez-le. Si vous voulez un chiffre, prenez-en un actuel, daté, avec ce qu'il a produit, par exemple ${quote(`[N] abonnés sur [plateforme] (au [mois année]), ce qui a généré ${words.result}`)}.`,
        covers: ["defunct_metric", "stale", "unverifiable"],
      };
    case "inconsistent_figure":
      return {
        reason: "Le document donne deux chiffres pour ce compte, et le lecteur ne peut en croire qu'un.",
        suggestion: `Ajoutez ce qu'il a produit : ${quote(`${words.dated}, ce qui a généré ${words.result}`)}.`,
        covers: [],
      };
    case "guaranteed_figure":
      return {
        reason: `${figure} est promis, pas obtenu : un chiffre garanti avant le début du travail ne prouve rien.`,
        suggestion: "Supprimez la garantie ; montrez plutôt ce qu'une campagne passée a obtenu pour un client comparable, avec sa date et son résultat.",
        covers: ["no_outcome", "no_timeframe", "vanity_metric"],
      };
    case "figure_beside_promise":
      return {
        reason: `${figure} est peut-être exact, mais il côtoie une affirmation que personne ne peut vérifier, ce qui fait douter le client des deux.`,
        suggestion: action === "remove" ? "Supprimez-le ; il n'apporte rien ici." : "Retirez le superlatif et donnez au chiffre sa preuve : le compte ou le lien, la date, et ce qu'il a produit.",
        covers: ["no_outcome", "no_timeframe", "vanity_metric"],
      };
    case "implausible_value":
      return {
        reason: implausibleReason(words),
        suggestion:
          action === "remove"
            ? `Vérifiez-le ou retirez-le : pour ${roleRef}, il n'apporte rien, et un chiffre douteux coûte plus qu'il ne rapporte.`
            : `Vérifiez-le à la source et corrigez-le${words.kind === "influence_score" ? " (un « Klout 850 » est souvent un score Kred)" : ""} ; s'il est juste, dites comment il a été mesuré : quelles publications, quelle période.`,
        covers: ["implausible_value"],
      };
    case "tiny_beside_big":
      return {
        reason: `À côté de vos ${words.mainAudience ?? "chiffres principaux"}, ${words.figure} paraît faible et affaiblit la page.`,
        suggestion: `Supprimez-le et laissez parler vos ${words.mainAudience ?? "chiffres principaux"}.`,
        covers: ["tiny_beside_big"],
      };
    case "self_label":
      if (action === "reframe") {
        return {
          reason: `${quote(words.text)} est une étiquette que n'importe qui peut revendiquer ; un lecteur veut la preuve derrière.`,
          suggestion: words.showcase
            ? `Remplacez l'étiquette par la preuve, par exemple ${words.showcase}.`
            : `Remplacez l'étiquette par la preuve : l'audience ${words.proposal ? "que l'équipe a" : "que vous avez"} construite et ce qu'elle a fait, par exemple ${quote(`[compte] à [N] abonnés (au [mois année]), ce qui a généré ${words.result}`)}.`,
          covers: ["unverifiable"],
        };
      }
      return {
        reason: `${words.proposal ? "Présenter l'équipe comme" : "Vous présenter comme"} ${quote(words.text)} sonne comme de l'autopromotion et tient lieu de preuve ; pour ${roleRef}, les résultats parlent plus fort.`,
        suggestion: `Supprimez ${quote(words.text)} et ${showcaseInstead(words, "laissez un résultat parler : ce qui a été obtenu, de combien, et quand")}.`,
        covers: ["unverifiable"],
      };
    case "professional_platform_with_outcome":
      return { reason: `${label} est l'endroit où ${words.people} montrent leur travail, et ce chiffre s'accompagne d'un résultat (${words.outcome}) : il prouve le savoir-faire.`, suggestion: keepOrDate(words), covers: [] };
    case "professional_platform_score":
      return {
        reason: `${figure} est un indicateur sur lequel on juge ${words.people} : il peut rester, mais ce que votre réseau a produit en dit plus.`,
        suggestion: words.outcome ? keepOrDate(words) : `Gardez-le et ajoutez ce que votre réseau a produit : ${withResult(words)}.`,
        covers: [],
      };
    case "professional_platform_ranking":
    case "professional_platform":
      return {
        reason: `${label} est l'endroit où ${words.people} montrent leur travail, donc ${words.figure} compte ici${action === "strengthen" ? " ; seul, il ne dit pas ce que le travail a accompli" : ""}.`,
        suggestion: action === "keep" ? "Gardez-le ; un lien vers le profil permet de le vérifier." : craftRewrite(words),
        covers: action === "strengthen" ? ["no_outcome", "vanity_metric"] : [],
      };
    case "ranking_sourced":
      if (action === "remove") {
        return {
          reason: `Une liste d'influenceurs dit peu de choses sur la façon dont ${words.proposal ? "l'équipe mènerait" : "vous mèneriez"} ${roleRef} ; la ligne servira mieux un résultat.`,
          suggestion: cutList(words),
          covers: [],
        };
      }
      return { reason: "Une liste nommée, avec son éditeur et son année, est vérifiable.", suggestion: "Gardez-la ; un lien vers la liste la rend facile à vérifier.", covers: [] };
    case "ranking":
      if (action === "remove") {
        return {
          reason: `Un classement « top influenceurs » dit peu de choses sur la façon dont ${words.proposal ? "l'équipe mènerait" : "vous mèneriez"} ${roleRef} ; la ligne servira mieux un résultat.`,
          suggestion: cutList(words),
          covers: [],
        };
      }
      return {
        reason: `Un classement ne compte que s'il est vérifiable, et celui-ci ne dit pas qui l'a publié${words.year === null ? " ni quand" : ""}.`,
        suggestion: `Donnez l'éditeur${words.year === null ? " et l'année" : ""} : ${quote(`${words.text} ([éditeur], ${words.year ?? "[année]"})`)}, et ajoutez un lien vers la liste.`,
        covers: ["unverifiable", "no_timeframe"],
      };
    case "live_score": {
      const scale = words.scale && !new RegExp(`(?:/|sur\\s?)${words.scale.max.replace(/[^\d]/g, "")}|outreach|level`, "iu").test(words.quote.replace(/[^\p{L}\d/ ]/gu, "")) ? ` sur ${words.scale.max}` : "";
      // The scale goes right after the score: "HypeAuditor AQS 91 of 100 (excellent)".
      const scaled = scale === "" ? words.quote : words.quote.includes(words.text) ? words.quote.replace(words.text, `${words.text}${scale}`) : `${words.quote}${scale}`;
      if (action === "strengthen") {
        return {
          reason: `${figure} ne dit pas grand-chose sans son échelle${words.scale && words.label ? ` (${words.label} va de ${words.scale.min} à ${words.scale.max})` : ""} ni ce qu'il a produit, et les scores de sites différents ne se comparent pas.`,
          suggestion: `Donnez l'échelle et la date, ${quote(`${words.asOf === "" ? withKnownYear(scaled, words.year) : appendInside(scaled, words.asOf.slice(2, -1))}`)}, et dites ce qu'a fait l'audience derrière.`,
          covers: ["no_outcome", "not_comparable"],
        };
      }
      if (action === "reframe") {
        return {
          reason: `${figure} mesure une activité sur un site, pas des résultats ; un lecteur veut savoir ce que votre réseau a produit.`,
          suggestion: `Remplacez-le par ce que votre réseau a produit, par exemple ${quote(`${words.result} via ${words.platform === "linkedin_ssi" ? "LinkedIn" : words.proposal ? "notre réseau" : "mon réseau"} en ${words.year ?? "[année]"}`)}.`,
          covers: ["no_outcome"],
        };
      }
      return {
        reason: `${figure} n'a rien à voir avec le travail pour ${roleRef} et peut donner l'impression d'un temps passé ailleurs.`,
        suggestion: `Supprimez-le ; ${showcaseInstead(words, "utilisez la ligne pour un résultat du poste")}.`,
        covers: [],
      };
    }
    case "organization_account":
      if (action === "reframe") {
        return {
          reason: `Gérer ${ownerWords(words)} est un vrai travail, mais ce n'est pas sur cela qu'on juge ${roleRef} ; une ligne sur le résultat suffit.`,
          suggestion: words.outcome ? `Réduisez-le à une ligne vers la fin, qui commence par le résultat (${words.outcome}).` : `Réduisez-le à une ligne vers la fin : ${withResult(words)}.`,
          covers: [],
        };
      }
      return {
        reason: words.proposal && words.owner === "organization"
          ? `C'est ${ownerWords(words)} : le chiffre montre que l'équipe sait construire une audience, ce qui compte pour ${roleRef}.`
          : words.relevance === "core"
            ? `C'est ${ownerWords(words)} : le chiffre montre un travail fait pour ${words.owner === "client" ? "un client" : "une organisation"}, ce qui est le cœur de ${roleRef}.`
            : `C'est ${ownerWords(words)} : le chiffre montre un travail fait pour ${words.owner === "client" ? "un client" : "une organisation"} et que vous savez construire une audience, ce qui aide pour ${roleRef}.`,
        suggestion: words.outcome
          ? words.outcomeElsewhere
            ? `Gardez-le et reliez-le au résultat que vous donnez pour ce poste (${words.outcome})${words.asOf ? `, avec la date : ${quote(words.dated)}` : ""}.`
            : keepOrDate(words)
          : `Gardez-le et ajoutez la date et ce qu'il a produit : ${withResult(words)}.`,
        covers: [],
      };
    case "proposal_needs_evidence":
      return {
        reason: `Un client voudra vérifier ${words.figure}, et il n'y a ni identifiant, ni lien, ni date.`,
        suggestion: `Ajoutez-les : ${quote(appendInside(words.quote, `${handleOrLink(words.platform, "@[identifiant]", "[lien]")}, ${words.year ?? "[mois année]"}`))}, avec un lien vers le profil ou la source.`,
        covers: ["unverifiable", "no_timeframe"],
      };
    case "audience_with_outcome":
      if (action === "reframe") {
        return {
          reason: `Pour ${roleRef}, c'est le résultat (${words.outcome}) qui compte ; le chiffre d'audience beaucoup moins.`,
          suggestion: `Gardez une ligne, vers la fin ${doc === "proposition" ? "de la proposition" : "du CV"}, qui commence par le résultat ; ${words.figure} seulement comme moyen.`,
          covers: [],
        };
      }
      return {
        reason: words.outcomeElsewhere
          ? `${figure} figure à côté d'un résultat qui compte (${words.outcome}) ; dites que l'un a mené à l'autre.`
          : `Il relie ${words.figure} à un résultat qui compte (${words.outcome}).`,
        suggestion: words.outcomeElsewhere ? `Dites quelle part il a eue dans ce résultat, avec la date : ${quote(`${words.dated}, ce qui a généré [sa part du résultat]`)}.` : keepOrDate(words),
        covers: [],
      };
    default:
      if (action === "remove") {
        return {
          reason: `${figure} n'est pas un critère pour ${roleRef}, et peut donner l'impression d'un temps pris sur le travail.`,
          suggestion: words.showcase
            ? `Supprimez-le et mettez plutôt en avant ${words.showcase}.`
            : "Supprimez-le. Si l'audience montre quelque chose que le poste valorise (enseigner, écrire, un projet), dites-le en une ligne.",
          covers: [],
        };
      }
      if (action === "reframe") {
        return {
          reason: `${figure} n'aide pour ${roleRef} que par ce qu'il a produit : ${words.noun}.`,
          suggestion: `Reliez-le au poste, ${withResult(words)}, ou réduisez-le à une ligne.`,
          covers: ["no_outcome", "vanity_metric"],
        };
      }
      return {
        reason: `${figure} montre une portée, pas des résultats : un lecteur veut savoir ce qu'a fait l'audience, et quand.`,
        suggestion: `Ajoutez le résultat et la date : ${withResult(words)}.`,
        covers: ["no_outcome", "vanity_metric", "no_timeframe"],
      };
  }
}

function flag(flag: ClaimFlag, words: FlagWords): string | null {
  switch (flag) {
    case "no_outcome":
      return "Il ne dit pas ce qu'a fait l'audience.";
    case "vanity_metric":
      return "Seul, un tel chiffre passe pour de la vanité.";
    case "no_timeframe":
      return "Il n'est pas daté.";
    case "unverifiable":
      return words.promise
        ? `${quote(words.promise)} est une promesse que personne ne peut vérifier ; ${words.proposal ? "un client" : "un lecteur"} y lit un argument commercial.`
        : words.publicCount !== null
          ? `YouTube affiche les abonnés arrondis (ici ${words.publicCount}) : qui ouvre la chaîne voit un autre chiffre.`
          : `${words.proposal ? "Un client" : "Un lecteur"} ne peut pas le vérifier : il n'y a ni identifiant, ni lien, ni date.`;
    case "implausible_value":
      return `${capitalise(words.figure)} paraît disproportionné ; vérifiez-le.`;
    case "inconsistent":
      return words.others.length > 0
        ? `Une autre ligne donne un autre chiffre pour le même compte (${list(words.others)}).`
        : "Une autre ligne donne un autre chiffre pour le même compte.";
    case "stale":
      if (words.kind === "ranking") return words.year ? `Il date de ${words.year} ; une distinction récente pèserait plus.` : "Il passe pour une distinction ancienne.";
      if (words.year && (words.pastWork || words.kind === "reach" || words.kind === "engagement")) return `Il date de ${words.year} : il montre ce que ce travail a produit alors, pas un chiffre actuel.`;
      if (words.year) return `Il date de ${words.year} ; un chiffre aussi ancien paraît dépassé.`;
      return words.formerName ? `Il appelle X par son ancien nom, ${words.formerName}, et paraît donc dépassé.` : "Il paraît dépassé.";
    case "not_comparable":
      return "Des totaux additionnés sur plusieurs sites ne se comparent ni ne se vérifient.";
    case "over_emphasis":
      return `Il se trouve là où l'on regarde en premier, avant le travail ${words.proposal ? "proposé" : "pour lequel vous postulez"}.`;
    case "defunct_metric":
      return `${words.label ?? "Le service"} a fermé : personne ne peut le vérifier.`;
    case "hidden_text":
      return "Il est caché aux lecteurs.";
    case "tiny_beside_big":
      return words.mainAudience ? `À côté de vos ${words.mainAudience}, il paraît faible.` : "À côté de votre audience principale, il paraît faible.";
    case "off_target_audience":
      return `Le client agit à ${words.place ?? "un endroit précis"} ; une audience ailleurs dit peu sur votre capacité à toucher les gens là-bas, sans la part locale.`;
    default:
      return null;
  }
}

function missing(parts: { outcome: boolean; date: boolean; vanity: boolean }): string {
  if (!parts.outcome && !parts.date) return parts.vanity ? "Seul, un tel chiffre passe pour de la vanité." : "";
  const said = parts.outcome && parts.date ? "ni ce qu'a fait l'audience, ni quand" : parts.outcome ? "pas ce qu'a fait l'audience" : "pas quand";
  return parts.vanity ? `Il donne un chiffre, mais ne dit ${said} : il passe pour de la vanité.` : `Il ne dit ${said}.`;
}

function fix(flag: ClaimFlag, words: FlagWords): string | null {
  switch (flag) {
    case "inconsistent":
      return "Donnez un seul chiffre pour ce compte, avec la date où il était vrai.";
    case "stale":
      if (words.kind === "ranking") return null;
      if (words.kind === "reach" || words.kind === "engagement" || words.pastWork) return "Gardez l'année à côté, pour qu'on le lise comme le résultat de ce travail à l'époque, pas comme un chiffre actuel.";
      return "Donnez un chiffre actuel, daté, ou retirez-le.";
    case "unverifiable":
      if (words.promise) return `Supprimez ${quote(words.promise)} et laissez parler des résultats mesurés.`;
      return words.publicCount !== null ? `Donnez le chiffre tel que la chaîne l'affiche (${words.publicCount}), ou citez YouTube Studio, avec la date.` : "Ajoutez un identifiant ou un lien, et une date.";
    case "off_target_audience":
      return `Donnez la part de l'audience située à ${words.place ?? "l'endroit du client"}.`;
    case "implausible_value":
      return "Vérifiez-le à la source.";
    case "over_emphasis":
      return "Réduisez-le à une ligne vers la fin.";
    case "not_comparable":
      return "Donnez chaque plateforme séparément, avec son identifiant.";
    default:
      return null;
  }
}

function counts(words: HeadlineWords): string {
  const parts: string[] = [];
  const { remove, reframe, strengthen, keep } = words.counts;
  if (remove > 0) parts.push(`${remove} à supprimer`);
  if (reframe > 0) parts.push(`${reframe} à reformuler`);
  if (strengthen > 0) parts.push(`${strengthen} à renforcer`);
  if (keep > 0) parts.push(`${keep} à garder`);
  return list(parts);
}

function headline(words: HeadlineWords): string {
  const { reason, roleRef, doc, showcase } = words;
  if (reason.type === "no_claims") {
    if (reason.relevance === "core") return `Pour ${roleRef}, ${the(doc)} ne montre aucune audience construite ni ce qu'elle a produit : ajoutez un ou deux résultats mesurés.`;
    if (reason.relevance === "peripheral") return `Aucun nombre d'abonnés ni score d'influence, ce qui convient pour ${roleRef} : rien à changer.`;
    if (reason.relevance === "supporting") return `Aucune mention d'influence en ligne ; pour ${roleRef}, une ligne sur votre réseau et ce qu'il a produit (${words.noun}) pourrait aider.`;
    return "Aucune mention d'influence en ligne : rien à changer.";
  }
  const prefix =
    words.roleState === "none"
      ? "Aucun poste visé n'a été indiqué : conseils généraux. "
      : words.roleState === "unplaced"
        ? `Nous ne savons pas encore classer « ${words.roleInput} » : conseils généraux ; ajoutez l'offre d'emploi pour des conseils adaptés. `
        : words.roleState === "unplaced_described"
        ? `Ni « ${words.roleInput} » ni son offre ne nous permettent encore de classer le poste : conseils généraux. `
        : "";
  const tally = `Vos mentions d'influence en ligne${words.roleState === "placed" ? ` pour ${roleRef}` : ""} : ${counts(words)}.`;
  let why: string;
  switch (reason.type) {
    case "hidden":
      why = `Une partie ${doc === "proposition" ? "de la proposition" : "du CV"} est cachée aux lecteurs ; supprimez le texte caché avant de l'envoyer.`;
      break;
    case "defunct":
      why = `${reason.label} a fermé${reason.closed ? ` en ${reason.closed}` : ""} : ${reason.score ? "le score" : "le chiffre"} date ${the(doc)}${showcase ? ` ; mettez plutôt en avant ${showcase}` : ""}.`;
      break;
    case "implausible":
      why = `${capitalise(reason.figure)} paraît disproportionné, et un chiffre douteux fait douter du reste : vérifiez-le d'abord.`;
      break;
    case "over_emphasis":
      why = `Elles sont là où l'on regarde en premier et prennent la place du travail${showcase ? ` ; mettez plutôt en avant ${showcase}` : ""}.`;
      break;
    case "inconsistent":
      why = `Vos chiffres pour ${reason.label} se contredisent ; gardez-en un, daté.`;
      break;
    case "tiny":
      why = `${capitalise(reason.figure)} paraît faible à côté de ${reason.main} et l'affaiblit.`;
      break;
    case "labels_only":
      why = `Des étiquettes comme « ${reason.label} » demandent qu'on vous croie sur parole ; montrez plutôt les résultats derrière.`;
      break;
    case "results_elsewhere":
      why = `${capitalise(the(doc))} montre déjà des résultats, comme ${showcase} : reliez chaque chiffre d'audience à un résultat de ce genre, et datez-le.`;
      break;
    case "reach_not_results":
      why = `Elles montrent une portée, pas des résultats : dites ce qu'ont fait vos ${reason.figure} (${words.noun}) et quand, et ${words.reader} y verra une preuve.`;
      break;
    case "strong":
      why = showcase ? `Elles s'appuient sur des résultats, et ${showcase} est celui à mettre en avant.` : "Elles s'appuient sur des résultats, ce que cherche un lecteur.";
      break;
    case "craft":
      why = `${list(reason.labels)} montre${reason.labels.length > 1 ? "nt" : ""} le travail lui-même ; dites ce qu'il a accompli et cela comptera.`;
      break;
    case "peripheral":
      why = `Pour ${words.proposal ? "cette mission" : "ce poste"}, elles prennent la place du travail${showcase ? ` ; mettez plutôt en avant ${showcase}` : ""}.`;
      break;
    default:
      why = `Reliez chacune à un résultat (${words.noun}) et à une date${words.counts.remove + words.counts.reframe + words.counts.strengthen > 0 ? ", et supprimez ce que vous ne pouvez pas étayer" : ""}.`;
  }
  return `${prefix}${tally} ${why}`;
}

function point(point: SummaryPoint): string {
  switch (point.type) {
    case "ruled_out":
      return `L'offre exclut ce type de travail (${point.cue}) : pour ce poste, les chiffres d'audience comptent peu, quel que soit l'intitulé ; mettez en avant le travail demandé.`;
    case "first_person_bio":
      return `Rédigez toutes les biographies de l'équipe à la troisième personne, comme les autres : ${point.quote} se lit comme si la personne parlait d'elle-même.`;
    case "hidden":
      return `Supprimez le texte caché : un lecteur ne le voit pas, et un logiciel qui le détecte peut traiter ${whole(point.doc)} comme du bourrage de mots-clés.`;
    case "defunct":
      return `Supprimez ${point.score ? "le score" : "le chiffre"} ${point.label} : ${point.label} a fermé${point.closed ? ` en ${point.closed}` : ""}, il date ${the(point.doc)} et ne peut pas être vérifié.`;
    case "over_emphasis":
      return `Pour ${point.roleRef}, limitez l'influence en ligne à une ligne au plus, vers la fin, et seulement si elle montre quelque chose que le poste valorise.`;
    case "inconsistent":
      return `Vos chiffres pour ${point.account} se contredisent (${list(point.values)}) : gardez-en un, avec sa date.`;
    case "implausible":
      return point.remove
        ? `Vérifiez ${point.figure} ou supprimez-le : il paraît disproportionné, et un chiffre douteux fait douter du reste.`
        : `Vérifiez ${point.figure} : il paraît disproportionné, et un chiffre douteux fait douter du reste.`;
    case "tiny":
      return `Supprimez ${list(point.figures)} : à côté de ${point.main}, cela paraît faible.`;
    case "stale":
      return `Donnez des chiffres actuels et datés pour ${list(point.quotes)}, ou retirez-les.`;
    case "evidence":
      return "Un client vérifiera vos chiffres : donnez à chacun un identifiant ou un lien, et une date.";
    case "promises":
      return `Supprimez les promesses invérifiables (${list(point.quotes)}) ; un client y lit des arguments commerciaux, et vos résultats mesurés en disent plus.`;
    case "off_target":
      return `Le client agit à ${point.place} : pour chaque grand chiffre d'audience, donnez la part locale, ou mettez en avant le travail fait sur place.`;
    case "bid_peripheral":
      return "Les chiffres d'audience n'ont leur place dans une proposition que si la mission touche une audience ; ce n'est pas le cas ici, mettez en avant les résultats de livraison.";
    case "no_claims_core":
      return `Ajoutez un ou deux résultats mesurés : l'audience que vous avez construite et ce qu'elle a produit (${point.noun}), avec la date.`;
    case "tie_to_results":
      return point.showcase
        ? `Reliez les chiffres d'audience à ce qu'ils ont produit (${point.noun}) et à une date, comme pour ${point.showcase}.`
        : `Reliez les chiffres d'audience à ce qu'ils ont produit (${point.noun}) et à une date ; un chiffre seul passe pour de la vanité.`;
    case "not_comparable":
      return "N'additionnez pas et ne comparez pas des chiffres de sites différents ; donnez chaque plateforme séparément.";
    case "labels":
      return point.cut
        ? `Supprimez les étiquettes comme ${list(point.quotes)} : des résultats convainquent mieux.`
        : `Remplacez les étiquettes comme ${list(point.quotes)} par les preuves derrière.`;
    case "ask_met":
      return `L'offre demande ${point.ask} : vous y répondez avec ${point.figure}${point.links ? " ; ajoutez le lien, comme demandé" : ""}.`;
    case "ask_unmet":
      return point.best
        ? `L'offre demande ${point.ask} ; votre plus grand chiffre est ${point.best}, mettez donc en avant des résultats plutôt que le nombre.`
        : `L'offre demande ${point.ask} ; ${the(point.doc)} ne donne aucun chiffre correspondant.`;
    case "ask_links":
      return `L'offre demande ${point.ask} : ajoutez un lien vers chaque profil cité.`;
    case "unplaced_role":
      return `Nous ne savons pas encore classer « ${point.role} » : ajoutez l'offre d'emploi, et les conseils suivront ce qu'elle demande.`;
  }
}

export const fr: Messages = {
  language: "fr",
  formatNumber,
  quote,
  list,
  monthYear: (year, month) => `${MONTHS[month - 1] ?? ""} ${year}`.trim(),
  figure({ kind, value, unit, metric, label, text }) {
    if (value === null || kind === "ranking" || kind === "self_label") return quote(text);
    const number = formatNumber(value);
    const on = label ? ` sur ${label}` : "";
    if (kind === "influence_score") {
      if (metric === "reputation") return `${number} de réputation${on}`;
      return `un score ${label ?? "d'influence"} de ${number}`;
    }
    if (unit === "percent") return `un ${metricWords(metric)} de ${number} %${on}`;
    // "2 millions de vues": a count in millions takes "de".
    return `${number}${value >= 1_000_000 ? " de" : ""} ${metricWords(metric)}${on}`;
  },
  roleRef(input, proposal) {
    if (input === null) return proposal ? "la mission" : "le poste";
    return proposal ? `la mission « ${input} »` : `un poste de « ${input} »`;
  },
  doc: (proposal) => (proposal ? "proposition" : "CV"),
  reader: (proposal) => (proposal ? "un client" : "un recruteur"),
  people: (family) => (family !== null ? PEOPLE[family] : undefined) ?? "les gens de votre métier",
  outcomeNoun: (family) => (family !== null ? OUTCOME_NOUNS[family] : undefined) ?? "commandes, leads, inscriptions ou recrutements",
  sponsoredResultPlaceholder: "[N] ventes ou inscriptions pour la marque",
  tradeResultPlaceholder: (trade) => ({ hospitality: "[N] réservations directes", food: "[N] réservations ou commandes", retail: "[N] commandes en ligne", visitor: "[N] billets vendus ou visites", public: "[N] personnes qui ont [agi]", software: "[N] inscriptions", education: "[N] candidatures", health: "[N] rendez-vous pris", games: "[N] précommandes ou ajouts en liste de souhaits" } as const)[trade],
  firmResultPlaceholder: "[N] demandes de nouveaux clients",
  resultPlaceholder: (family) => (family !== null ? RESULTS[family] : undefined) ?? "[N] commandes, leads ou inscriptions",
  asOf: (year) => (year === null ? "au [mois année]" : `en ${year}`),
  rule,
  flag,
  missing,
  fix,
  headline,
  askNote: (ask, needsLink) => ({
    reason: `Il répond à la demande de l'offre (${ask}).`,
    suggestion: needsLink ? "Ajoutez le lien vers le profil, comme l'offre le demande." : null,
  }),
  sameLine: (earlier) => `Même ligne que ${quote(earlier)} : une seule reformulation couvre les deux.`,
  point,
};
