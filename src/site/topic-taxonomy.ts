/**
 * Topic labels and descriptions from data/topics.yaml, the taxonomy the ingest
 * tags items with. Imported as text at build time (no file system at run time,
 * so the build works from any working directory); the ingest validates the
 * file's shape, so an id here always has an entry.
 */
import { parse } from "yaml";
import topicsYaml from "../../data/topics.yaml?raw";
import { idToLabel } from "./slugify.ts";

export interface TopicInfo {
  id: string;
  label: string;
  description?: string;
}

interface TopicEntry {
  id: string;
  label: string;
  description?: string;
}

const taxonomy = new Map<string, TopicInfo>(
  (parse(topicsYaml) as TopicEntry[]).map(({ id, label, description }) => [
    id,
    description ? { id, label, description } : { id, label },
  ]),
);

export function topicInfo(id: string): TopicInfo {
  return taxonomy.get(id) ?? { id, label: idToLabel(id) };
}
