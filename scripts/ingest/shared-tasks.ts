/**
 * The task list, serialised once for all the workers. Posting the list to each
 * worker serialised it once per worker on the main thread while the workers
 * waited: at 100,000 files (17 MB serialised) the workers got their tasks
 * 0.75-0.9 s after the manifest was read. In a SharedArrayBuffer the bytes are
 * written once and each worker reads them back itself, in parallel.
 */
import { deserialize, serialize } from "node:v8";
import type { FileTask } from "./process-files.ts";

export function shareTasks(tasks: readonly FileTask[]): SharedArrayBuffer {
  const bytes = serialize(tasks);
  const shared = new SharedArrayBuffer(bytes.length);
  new Uint8Array(shared).set(bytes);
  return shared;
}

export function readSharedTasks(shared: SharedArrayBuffer): FileTask[] {
  return deserialize(new Uint8Array(shared)) as FileTask[];
}
