/**
 * An item's Markdown file: YAML frontmatter, then the body, byte for byte what
 * matter.stringify(body, frontmatter) returns. matter.stringify first parses the
 * body as a file of its own (frontmatter, excerpt, a UTF-8 copy) and caches it
 * for good, which was most of the cost of writing an item and grew the ingest's
 * memory with every file; so the frontmatter is written with gray-matter's own
 * YAML engine (js-yaml's safeDump) directly, and only bodies that
 * matter.stringify would read differently go through it.
 */
import matter from "gray-matter";

/** gray-matter's YAML engine; exposed at run time, missing from its type declarations. */
const yamlEngine = (matter as unknown as { engines: { yaml: { stringify: (data: object) => string } } }).engines.yaml;

function withNewline(text: string): string {
  return text.endsWith("\n") ? text : `${text}\n`;
}

export function toMarkdownFile(body: string, frontmatter: object): string {
  // A body matter.stringify would read frontmatter or a BOM from (escaped bodies never start so) goes through it.
  if (body === "" || body.startsWith("---") || body.charCodeAt(0) === 0xfeff) {
    return matter.stringify(body, frontmatter);
  }
  const head = yamlEngine.stringify(frontmatter).trim();
  return head === "{}" ? withNewline(body) : `---\n${withNewline(head)}---\n${withNewline(body)}`;
}
