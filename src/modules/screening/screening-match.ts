import { normaliseName, normaliseRegion } from "./name-normalisation";
import { HitField, ScreeningListKind } from "./screening.enums";

/**
 * Which list entries a map node matches (pure): its normalised name equal to an entry's
 * normalised name (NAME) or to one of its normalised aliases (ALIAS), and its region code
 * equal to a region entry's (REGION). Equality only: a hit is explained by showing both sides.
 */

export interface ScreenedNode {
  id: string;
  supplierId: string;
  name: string;
  region: string | null;
}

export interface ListedEntry {
  id: string;
  versionId: string;
  kind: ScreeningListKind;
  name: string;
  aliases: readonly string[];
  regionCode: string | null;
  /** The normalised name first, then the normalised aliases. */
  matchKeys: readonly string[];
}

export interface NodeMatch {
  entry: ListedEntry;
  field: HitField;
  matchedValue: string;
  matchedAlias: string | null;
  /** The listed party across list versions (the hit's identity with the node). */
  matchKey: string;
}

export interface EntryIndex {
  byKey: Map<string, ListedEntry[]>;
  byRegion: Map<string, ListedEntry[]>;
}

export function indexEntries(entries: readonly ListedEntry[]): EntryIndex {
  const byKey = new Map<string, ListedEntry[]>();
  const byRegion = new Map<string, ListedEntry[]>();
  const add = (map: Map<string, ListedEntry[]>, key: string, entry: ListedEntry) => {
    const list = map.get(key);
    if (!list) map.set(key, [entry]);
    else if (!list.includes(entry)) list.push(entry);
  };
  for (const entry of entries) {
    if (entry.kind === ScreeningListKind.HIGH_RISK_REGION) {
      if (entry.regionCode) add(byRegion, entry.regionCode, entry);
    } else for (const key of entry.matchKeys) add(byKey, key, entry);
  }
  return { byKey, byRegion };
}

export const partyKey = (entry: ListedEntry): string =>
  entry.kind === ScreeningListKind.HIGH_RISK_REGION
    ? `R:${entry.regionCode}`
    : `E:${entry.matchKeys[0]}`;

export function matchesOf(node: ScreenedNode, index: EntryIndex): NodeMatch[] {
  const matches: NodeMatch[] = [];
  const key = normaliseName(node.name);
  for (const entry of key ? (index.byKey.get(key) ?? []) : []) {
    const byName = entry.matchKeys[0] === key;
    matches.push({
      entry,
      field: byName ? HitField.NAME : HitField.ALIAS,
      matchedValue: key,
      matchedAlias: byName ? null : (entry.aliases.find((a) => normaliseName(a) === key) ?? null),
      matchKey: partyKey(entry),
    });
  }
  const region = normaliseRegion(node.region);
  for (const entry of region ? (index.byRegion.get(region) ?? []) : [])
    matches.push({
      entry,
      field: HitField.REGION,
      matchedValue: region!,
      matchedAlias: null,
      matchKey: partyKey(entry),
    });
  return matches;
}
