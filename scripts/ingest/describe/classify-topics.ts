/**
 * Tags an item with topics from data/topics.yaml by counting phrase hits.
 * Score: a `strong` phrase counts 2, a `match` phrase 1, and a hit in the title
 * three times as much. A topic needs a score of 2, so one passing mention of a
 * general word ("costs", "school") does not tag, but one "foster care" does.
 */
import { Phrase } from "./phrase.ts";
import { PhraseList } from "./phrase-list.ts";
import { isAcronymPhrase } from "./phrase-source.ts";
import type { ItemTexts } from "./item-texts.ts";
import { blankRoleTitles } from "./role-titles.ts";
import type { Topic } from "./types.ts";

export const TOPIC_THRESHOLD = 2;
const STRONG_WEIGHT = 2;
const TITLE_FACTOR = 3;

interface PhraseEntry {
  phrase: Phrase;
  /** Topic index and weight for each topic that lists this phrase. */
  credits: { topic: number; weight: number }[];
}

interface Entries {
  entries: PhraseEntry[];
  /** The entries' phrases, keyed by position in `entries`. */
  list: PhraseList<number>;
}

const entryCache = new WeakMap<readonly Topic[], Entries>();

// One entry per distinct phrase, so a phrase listed by two topics credits both,
// and a longer phrase of one topic ("education, health and care plan") hides a
// shorter one of another ("education").
function entriesFor(topics: readonly Topic[]): Entries {
  const known = entryCache.get(topics);
  if (known !== undefined) return known;
  const byPhrase = new Map<string, PhraseEntry>();
  topics.forEach((topic, index) => {
    const weighted = [
      ...topic.strong.map((phrase) => ({ phrase, weight: STRONG_WEIGHT })),
      ...topic.match.map((phrase) => ({ phrase, weight: 1 })),
    ];
    for (const { phrase, weight } of weighted) {
      const exact = isAcronymPhrase(phrase);
      const key = exact ? phrase : phrase.toLowerCase();
      let entry = byPhrase.get(key);
      if (entry === undefined) {
        entry = { phrase: new Phrase(phrase, { caseSensitive: exact, plural: true }), credits: [] };
        byPhrase.set(key, entry);
      }
      if (!entry.credits.some((c) => c.topic === index)) entry.credits.push({ topic: index, weight });
    }
  });
  const entries = [...byPhrase.values()];
  const prepared = { entries, list: new PhraseList(entries.map(({ phrase }, key) => ({ key, phrase }))) };
  entryCache.set(topics, prepared);
  return prepared;
}

/** Score per topic index for one piece of text. */
function scoreText(text: string, { entries, list }: Entries, factor: number, scores: number[]): void {
  for (const hit of list.hits(text)) {
    for (const { topic, weight } of (entries[hit.key] as PhraseEntry).credits) {
      scores[topic] = (scores[topic] ?? 0) + weight * factor;
    }
  }
}

/** Score per topic index, from a title and body whose job titles are already blanked. */
function scoreBlanked(title: string, body: string, topics: readonly Topic[]): number[] {
  const entries = entriesFor(topics);
  const scores: number[] = topics.map(() => 0);
  scoreText(title, entries, TITLE_FACTOR, scores);
  scoreText(body, entries, 1, scores);
  return scores;
}

/** Each topic's score, for reports and for tuning the taxonomy. */
export function scoreTopics(title: string, text: string, topics: readonly Topic[]): Map<string, number> {
  const scores = scoreBlanked(blankRoleTitles(title), blankRoleTitles(text), topics);
  return new Map(topics.map((topic, index) => [topic.id, scores[index] ?? 0]));
}

function passing(scores: readonly number[], topics: readonly Topic[]): string[] {
  return topics
    .map((topic, order) => ({ id: topic.id, order, score: scores[order] ?? 0 }))
    .filter(({ score }) => score >= TOPIC_THRESHOLD)
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .map(({ id }) => id);
}

/** Topic ids that reach the threshold, highest score first, ties in taxonomy order. */
export function classifyTopics(title: string, text: string, topics: readonly Topic[]): string[] {
  return passing(scoreBlanked(blankRoleTitles(title), blankRoleTitles(text), topics), topics);
}

/** classifyTopics for the describe step, which has blanked the item's texts already (item-texts.ts). */
export function classifyItemTopics(texts: ItemTexts, topics: readonly Topic[]): string[] {
  return passing(scoreBlanked(texts.topicTitle, texts.topicBody, topics), topics);
}
