/** `text` as a regular expression that matches it literally, for patterns built from words and addresses. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
