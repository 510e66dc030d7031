/**
 * Changes to the copy of Pagefind's pagefind.js that the search page imports,
 * each an exact replacement of Pagefind 1.6's minified code that takes a cost
 * off a cold first search. A patch whose code is not found exactly once (a
 * newer Pagefind) is left out and the runtime is written as Pagefind made it:
 * searches then work as before, only slower, and
 * tests/unit/search/search-runtime.test.ts fails so the patch gets updated.
 */

export interface RuntimePatch {
  name: string;
  from: string;
  to: string;
  /** Code the patch needs, put before the runtime's own (an ES module: top-level names stay private). */
  prelude?: string;
}

/**
 * Pagefind's search waits for an index that is still loading by polling for it every 50 ms (getPtr). The
 * page asks a shard for its first answer as soon as it opens it, so that answer started up to 50 ms after
 * the index was ready: on a cold first search, and again on each older shard opened. 2 ms costs a few
 * dozen timer ticks while an index loads.
 */
const initPoll: RuntimePatch = {
  name: "init poll every 2 ms",
  from: "async getPtr(){while(this.raw_ptr===null){if(this.initError){throw this.initError;}await asyncSleep(50);}",
  to: "async getPtr(){while(this.raw_ptr===null){if(this.initError){throw this.initError;}await asyncSleep(2);}",
};

/**
 * Pagefind stores its wasm, meta, index chunks and fragments gzipped and inflates them in JavaScript
 * (a bundled fflate), which on a cold page runs in V8's interpreter on the main thread. The browser's own
 * DecompressionStream does the same in native code: a cold first search at 10,000 items showed its first
 * results about 40 ms sooner (median of 12 interleaved runs, 408 -> 366 ms). Pagefind checks for its
 * "pagefind_dcd" signature before inflating, so inflated bytes pass straight through; bodies that are not
 * gzip (pagefind-entry.json, or a host that already decoded them) and browsers without
 * DecompressionStream keep Pagefind's own path.
 */
const nativeInflate: RuntimePatch = {
  name: "native gzip inflate",
  from: "const response=await fetch(queued.input);",
  to: "const response=await inflateGzipResponse(await fetch(queued.input));",
  // The body is streamed into the inflater (no copy): its first chunk says whether it is gzip (1f 8b).
  prelude:
    "const inflateGzipResponse=async(response)=>{" +
    'if(!response.ok||!response.body||typeof DecompressionStream==="undefined")return response;' +
    "const reader=response.body.getReader();const first=await reader.read();const head=first.value;" +
    "const body=new ReadableStream({start(c){if(head)c.enqueue(head);if(first.done)c.close();}," +
    "async pull(c){const next=await reader.read();if(next.done)c.close();else c.enqueue(next.value);}," +
    "cancel(reason){return reader.cancel(reason);}});" +
    "const init={status:response.status,statusText:response.statusText,headers:response.headers};" +
    "const gzip=head!==undefined&&head[0]===31&&head[1]===139;" +
    'return new Response(gzip?body.pipeThrough(new DecompressionStream("gzip")):body,init);};\n',
};

/**
 * Every shard's instance fetched and inflated its own copy of the same wasm (58 KB gzipped), although
 * wasm-bindgen keeps the first module it was given (its init returns early once one is loaded) and ignores
 * the rest: a rare word found in the oldest of 42 shards paid for two copies, a search through every shard
 * for 42. All instances in the page share this one module, so the first load of a language is kept and
 * awaited by the rest; a failed load is forgotten, so the next shard tries again.
 */
const oneWasm: RuntimePatch = {
  name: "one wasm for every shard",
  from: "async loadWasm(language){try{const wasm_url=",
  to:
    "async loadWasm(language){sharedWasm[language]??=this.loadOwnWasm(language).then(()=>this.wasm);" +
    "try{this.wasm=await sharedWasm[language];}catch(e){delete sharedWasm[language];throw e;}}" +
    "async loadOwnWasm(language){try{const wasm_url=",
  prelude: "const sharedWasm={};\n",
};

export const runtimePatches: readonly RuntimePatch[] = [initPoll, nativeInflate, oneWasm];

/** The runtime with every patch whose code it holds exactly once applied, and the names of those applied. */
export function patchRuntime(
  runtime: string,
  patches: readonly RuntimePatch[] = runtimePatches,
): { runtime: string; applied: string[] } {
  let patched = runtime;
  let prelude = "";
  const applied: string[] = [];
  for (const patch of patches) {
    const at = patched.indexOf(patch.from);
    if (at === -1 || patched.indexOf(patch.from, at + 1) !== -1) continue;
    patched = patched.slice(0, at) + patch.to + patched.slice(at + patch.from.length);
    prelude += patch.prelude ?? "";
    applied.push(patch.name);
  }
  return { runtime: prelude + patched, applied };
}
