/**
 * "Agenda item" and its title printed twice: the first copy becomes an item
 * with a title and nothing else, directly followed by the real one. The two
 * are joined into one item.
 */
import { warning, type Diagnostic } from "../../diagnostics.ts";
import { hasText, type ItemDraft } from "./item-draft.ts";

function isBareHeading(draft: ItemDraft): boolean {
  return (
    !draft.seenMinutes &&
    !hasText(draft.pre) &&
    !hasText(draft.body) &&
    draft.decisionBlocks.every((block) => !hasText(block)) &&
    !hasText(draft.docs)
  );
}

export function collapseRepeats(drafts: ItemDraft[], file: string): { drafts: ItemDraft[]; messages: Diagnostic[] } {
  const kept: ItemDraft[] = [];
  const messages: Diagnostic[] = [];
  for (const draft of drafts) {
    const previous = kept[kept.length - 1];
    const sameTitle = draft.title === undefined || draft.title === previous?.title;
    if (previous && isBareHeading(previous) && previous.title !== undefined && sameTitle) {
      kept.pop();
      draft.startLine = previous.startLine;
      draft.title = previous.title;
      if (draft.titleLine === undefined && previous.titleLine !== undefined) draft.titleLine = previous.titleLine;
      draft.found = { ...previous.found, ...draft.found };
      const reason = `the item heading "${previous.title}" is printed twice; the two copies were joined into one item`;
      messages.push(warning(file, "agenda-item-twice", reason, draft.startLine));
    }
    kept.push(draft);
  }
  return { drafts: kept, messages };
}
