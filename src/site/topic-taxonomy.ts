/**
 * Topic labels and descriptions from data/topics.yaml (edited by people, so it
 * lives as data). The file is owned by the ingest; until its shape settles we
 * accept a list of {id, label, description}, a map of id → {label, description}
 * or id → label, either at the top level or under `topics:`. Missing file or
 * unknown id: the id, humanised.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { idToLabel } from "./slugify.ts";

export interface TopicInfo {
  id: string;
  label: string;
  description?: string;
}

type Entry = { id?: unknown; label?: unknown; name?: unknown; description?: unknown };

function entryToTopic(id: string, value: unknown): TopicInfo {
  if (typeof value === "string") return { id, label: value };
  const entry = (value ?? {}) as Entry;
  const label =
    typeof entry.label === "string" ? entry.label : typeof entry.name === "string" ? entry.name : idToLabel(id);
  return typeof entry.description === "string" ? { id, label, description: entry.description } : { id, label };
}

function yamlToTopics(document: unknown): Map<string, TopicInfo> {
  const root = (document as { topics?: unknown } | null)?.topics ?? document;
  const topics = new Map<string, TopicInfo>();
  if (Array.isArray(root)) {
    for (const value of root as Entry[]) {
      if (typeof value?.id === "string") topics.set(value.id, entryToTopic(value.id, value));
    }
  } else if (root && typeof root === "object") {
    for (const [id, value] of Object.entries(root)) topics.set(id, entryToTopic(id, value));
  }
  return topics;
}

let cached: Map<string, TopicInfo> | undefined;

/** Labels are cosmetic, so a broken file warns (naming the file) and the build goes on with humanised ids; the ingest reads the same file and fails on it. */
function readTaxonomy(file: string): Map<string, TopicInfo> {
  if (!existsSync(file)) return new Map();
  try {
    return yamlToTopics(parse(readFileSync(file, "utf8")));
  } catch (error) {
    console.warn(
      `${path.relative(process.cwd(), file)}: could not read topic labels, so topic ids are shown humanised (${String(error).split("\n")[0]})`,
    );
    return new Map();
  }
}

function loadTaxonomy(): Map<string, TopicInfo> {
  cached ??= readTaxonomy(path.resolve(process.cwd(), "data/topics.yaml"));
  return cached;
}

export function topicInfo(id: string): TopicInfo {
  return loadTaxonomy().get(id) ?? { id, label: idToLabel(id) };
}
