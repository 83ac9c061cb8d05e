// The few platform facts the advice needs (a readable name, whether it still exists, its
// scale), read from the platform catalog in one place so the wording never disagrees with it.
import { PLATFORMS, type PlatformEntry } from "../catalog/platforms.ts";

export interface PlatformFacts {
  label: string;
  defunct: boolean;
  defunctSince: string | null;
  scale: { min: number; max: number | null } | null;
}

/** Short names for running prose, where the catalog's label is a full product name. */
const SHORT_LABELS: Record<string, string> = {
  x: "X",
  linkedin: "LinkedIn",
  linkedin_ssi: "LinkedIn SSI",
  instagram: "Instagram",
  facebook: "Facebook",
  youtube: "YouTube",
  tiktok: "TikTok",
  threads: "Threads",
  bluesky: "Bluesky",
  mastodon: "Mastodon",
  pinterest: "Pinterest",
  snapchat: "Snapchat",
  twitch: "Twitch",
  reddit: "Reddit",
  discord: "Discord",
  slack: "Slack",
  meetup: "Meetup",
  nextdoor: "Nextdoor",
  medium: "Medium",
  substack: "Substack",
  devto: "DEV",
  github: "GitHub",
  stack_overflow: "Stack Overflow",
  dribbble: "Dribbble",
  behance: "Behance",
  blog: "blog",
  newsletter: "newsletter",
  podcast: "podcast",
  klout: "Klout",
  kred: "Kred",
  peerindex: "PeerIndex",
  empire_avenue: "Empire Avenue",
  hypeauditor: "HypeAuditor",
  researchgate: "ResearchGate",
  kaggle: "Kaggle",
  muck_rack: "Muck Rack",
};

function factsOf(id: string, entry: PlatformEntry | undefined): PlatformFacts {
  const label = SHORT_LABELS[id] ?? entry?.label ?? id.replace(/_/g, " ");
  if (entry === undefined) return { label, defunct: false, defunctSince: null, scale: null };
  return { label, defunct: entry.status === "defunct", defunctSince: entry.defunctSince, scale: entry.scale };
}

/** The catalog's platforms, read once: the advice asks for the same few many times per document. */
const CATALOG_FACTS: ReadonlyMap<string, Readonly<PlatformFacts>> = new Map(
  PLATFORMS.map((entry) => [entry.id, Object.freeze(factsOf(entry.id, entry))]),
);

export function platformFacts(id: string | null): Readonly<PlatformFacts> | null {
  if (id === null) return null;
  return CATALOG_FACTS.get(id) ?? factsOf(id, undefined);
}

export function platformName(id: string | null): string | null {
  if (id === null) return null;
  return platformFacts(id)?.label ?? id;
}
