/**
 * Which council an item belongs to, only when the text says so:
 * 1. a council's full name ("Monmouthshire County Council", "Cyngor Sir Fynwy");
 * 2. else its area name ("Leicestershire") together with a reference of the
 *    council's own kind ("the County Council" for a county council).
 * Anything ambiguous gives no council: a wrong council is worse than none.
 */
import { Phrase } from "./phrase.ts";
import { PhraseList } from "./phrase-list.ts";
import type { Council } from "./types.ts";

export interface CouncilMatch {
  name: string;
  code?: string;
}

export interface FindCouncilOptions {
  /** YYYY-MM-DD; councils abolished by then are not candidates. */
  meetingDate?: string;
}

interface Prepared {
  council: Council;
  fullNames: Phrase[];
  areas: Phrase[];
  /** "the County Council", "the City Council", ... built from the council's own names. */
  references: { list: PhraseList<number>; generic: boolean }[];
}

/** Every council's names in one list each, keyed by the council's index. */
interface Lists {
  prepared: Prepared[];
  fullNames: PhraseList<number>;
  areas: PhraseList<number>;
}

// An alias naming a body (not a place) is a full name and enough on its own.
const FULL_NAME = /\b(?:Council|Cyngor|Comhairle|Corporation)\b|^(?:London |Royal |Metropolitan )?Borough of /;
// "Councillor Dudley", "Mr Bedford" and "Greater Manchester" are not the places.
const NOT_A_PLACE_BEFORE = /(?:Councillor|Cllr\.?|Mr\.?|Mrs\.?|Ms\.?|Miss|Dr\.?|Professor|Greater)\s+$/;

function prepare(council: Council): Prepared {
  const fullForms = [council.name, ...council.aliases.filter((a) => FULL_NAME.test(a))];
  const areaForms = council.aliases.filter((a) => !FULL_NAME.test(a));
  const suffixes = new Set<string>();
  for (const form of fullForms.map((f) => f.replace(/^The /, ""))) {
    for (const area of areaForms) {
      if (form.startsWith(`${area} `)) suffixes.add(form.slice(area.length + 1));
    }
  }
  return {
    council,
    fullNames: fullForms.map((f) => new Phrase(f, { hyphenJoins: true })),
    areas: areaForms.map((a) => new Phrase(a, { caseSensitive: true, hyphenJoins: true })),
    references: [...suffixes].map((suffix) => ({
      list: new PhraseList([{ key: 0, phrase: new Phrase(`the ${suffix}`) }]),
      generic: suffix === "Council",
    })),
  };
}

const listsCache = new WeakMap<readonly Council[], Lists>();

function listsFor(councils: readonly Council[]): Lists {
  let lists = listsCache.get(councils);
  if (lists === undefined) {
    const prepared = councils.map(prepare);
    const list = (names: (p: Prepared) => Phrase[]) =>
      new PhraseList(prepared.flatMap((p, key) => names(p).map((phrase) => ({ key, phrase }))));
    lists = { prepared, fullNames: list((p) => p.fullNames), areas: list((p) => p.areas) };
    listsCache.set(councils, lists);
  }
  return lists;
}

function countBy(keys: number[]): Map<number, number> {
  const counts = new Map<number, number>();
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  return counts;
}

/** The key with the most votes, when `leads` says it is far enough ahead of the runner-up. */
function clearLeader(counts: Map<number, number>, leads: (top: number, next: number) => boolean): number | undefined {
  const [first, second] = [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  if (first === undefined) return undefined;
  if (second !== undefined && !leads(first[1], second[1])) return undefined;
  return first[0];
}

function toMatch(council: Council): CouncilMatch {
  return council.code === undefined ? { name: council.name } : { name: council.name, code: council.code };
}

export function findCouncil(
  text: string,
  councils: readonly Council[],
  options: FindCouncilOptions = {},
): CouncilMatch | undefined {
  const { meetingDate } = options;
  const { prepared, fullNames, areas } = listsFor(councils);
  // Councils abolished by the meeting date are left out before hits are weighed against each other.
  const existed =
    meetingDate === undefined
      ? undefined
      : (key: number) => {
          const { ended } = (prepared[key] as Prepared).council;
          return ended === undefined || meetingDate < ended;
        };

  const fullHits = fullNames.hits(text, existed);
  if (fullHits.length > 0) {
    // Two councils named equally often: the item could belong to either.
    const leader = clearLeader(countBy(fullHits.map((h) => h.key)), (top, next) => top > next);
    return leader === undefined ? undefined : toMatch(councils[leader] as Council);
  }

  const areaHits = areas
    .hits(text, existed)
    .filter((hit) => !NOT_A_PLACE_BEFORE.test(text.slice(Math.max(0, hit.index - 20), hit.index)));
  const areaCounts = countBy(areaHits.map((h) => h.key));
  const candidates = new Map<number, number>();
  for (const [key, mentions] of areaCounts) {
    const referred = (prepared[key] as Prepared).references.some(
      // "the Council" is in almost every minute, so with it the area must come up twice.
      ({ list, generic }) => (!generic || mentions >= 2) && list.hits(text).length > 0,
    );
    if (referred) candidates.set(key, mentions);
  }
  // Another area may be named in passing; the item's own should be named at least twice as often.
  const leader = clearLeader(candidates, (top, next) => top >= 2 * next);
  return leader === undefined ? undefined : toMatch(councils[leader] as Council);
}
