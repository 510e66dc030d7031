/**
 * The open data downloads as streams of text chunks rather than one string:
 * at 100,000 items items.json is 194 MB, and building it whole (the string,
 * then its bytes, then Astro's copy) was the Astro step's largest moment of
 * memory (+320 MB at 30,000 items). The text is the same as before, byte for byte.
 */

/** How many records go into one chunk. */
const perChunk = 500;

/** Exactly `JSON.stringify(values, null, 2)` for an array of objects, a few hundred at a time. */
export function* jsonArrayChunks<T>(values: readonly T[], toRecord: (value: T) => object): Generator<string> {
  if (values.length === 0) {
    yield "[]";
    return;
  }
  for (let start = 0; start < values.length; start += perChunk) {
    const records = values
      .slice(start, start + perChunk)
      .map((value) => `  ${JSON.stringify(toRecord(value), null, 2).replaceAll("\n", "\n  ")}`);
    yield `${start === 0 ? "[\n" : ",\n"}${records.join(",\n")}`;
  }
  yield "\n]";
}

/** A response whose body is the chunks in order, encoded as UTF-8 as they are read. */
export function chunksToResponse(chunks: Iterator<string>, contentType: string): Response {
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      const next = chunks.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
  });
  return new Response(body, { headers: { "content-type": contentType } });
}
