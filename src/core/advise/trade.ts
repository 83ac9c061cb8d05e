// What an organisation's audience can do for it depends on its trade: a hotel's followers book
// rooms, a museum's buy tickets, a council's act on a campaign, a software firm's sign up. The
// trade is read from how the document names the organisation ("Hill Country Hotels", "Larder &
// Co. (restaurant group, 42 sites)", "Leipziger Verkehrsbetriebe"), so that a rewrite asks for
// what that account could have brought, not for the role's generic result.
import type { Trade } from "./messages/types.ts";
import { fold, PhraseIndex, wordsIn } from "../document/words.ts";

const TRADE_WORDS: ReadonlyArray<readonly [Trade, readonly string[]]> = [
  ["hospitality", ["hotel", "hotels", "resort", "resorts", "inn", "hostel", "spa", "holiday park", "hospitality", "b&b", "guesthouse", "lodge", "hotellerie", "hôtel", "hoteles"]],
  ["food", ["restaurant", "restaurants", "restaurant group", "cafe", "cafes", "coffee", "bakery", "bakehouse", "pub", "pubs", "bar", "bars", "taproom", "brewery", "brew", "kitchen", "pizzeria", "bistro", "brauerei", "gastronomie", "boulangerie", "restaurante", "cafeteria"]],
  ["retail", ["shop", "store", "stores", "retail", "retailer", "boutique", "e-commerce", "ecommerce", "fashion", "beauty", "cosmetics", "skincare", "apparel", "outdoor", "shopping centre", "shopping center", "mall", "marketplace", "onlineshop", "handel", "tienda", "boutique"]],
  ["visitor", ["museum", "gallery", "zoo", "aquarium", "theatre", "theater", "cinema", "venue", "festival", "theme park", "attraction", "heritage", "castle", "tourism", "visit britain", "destination", "musée", "museo", "tierpark", "theater"]],
  ["public", ["council", "city council", "borough", "county", "ministry", "department", "government", "authority", "police", "fire service", "transport", "transit", "verkehrsbetriebe", "stadtwerke", "charity", "foundation", "trust", "ngo", "nonprofit", "non-profit", "stadt", "gemeinde", "ville", "mairie", "ayuntamiento", "ong", "fundación", "stiftung", "verein"]],
  ["software", ["software", "saas", "app", "apps", "platform", "fintech", "startup", "start-up", "tech", "api", "cloud", "labs", "technologies", "games studio"]],
  ["education", ["university", "college", "school", "academy", "universität", "hochschule", "université", "universidad", "escuela", "schule"]],
  ["health", ["clinic", "dental", "dentist", "practice", "hospital", "pharmacy", "physio", "physiotherapy", "health", "medical", "klinik", "praxis", "clinique", "clínica"]],
  ["games", ["games", "gaming", "game studio", "spiele", "jeux", "juegos"]],
];

const TRADES = new PhraseIndex<Trade>(TRADE_WORDS.flatMap(([trade, phrases]) => phrases.map((phrase) => [fold(phrase), trade] as const)));

/** The trade the words name, the last named winning ("Pixelfabrik Games GmbH" is games, not software); null where none is named. */
export function tradeOf(naming: string): Trade | null {
  const hits = TRADES.findAll(wordsIn(naming.length > 300 ? naming.slice(0, 300) : naming));
  // A games studio is games, a restaurant group food: the more specific trade, named later, wins ties of position.
  return hits.at(-1)?.value ?? null;
}

/** Words that make a post one a brand paid for: its result is the brand's, not the account's. */
const SPONSORED = /(?<![\p{L}])(?:sponsored|#ad|#sponsored|paid partnership|brand partnership|brand deal|gesponsert|Kooperation mit|Werbepartner|sponsoris[ée]e?|partenariat|patrocinad[oa]|colaboraci[oó]n con|sponsorizzat[oa])(?![\p{L}])/iu;

export function isSponsored(sentence: string): boolean {
  return SPONSORED.test(sentence);
}
