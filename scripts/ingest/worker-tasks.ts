/**
 * A worker's loop: claim a chunk of the task list, read and parse its files,
 * send them to the main thread, repeat. The main thread writes the outputs
 * (run-in-workers.ts says why), so a worker never waits on the disk.
 */
import { parentPort, workerData } from "node:worker_threads";
import type { DescribeData } from "./describe/describe-item.ts";
import { readAndParse, type BatchOptions, type FileTask } from "./process-files.ts";
import type { ChunkDone, WorkerTasks } from "./run-in-workers.ts";
import { readSharedTasks } from "./shared-tasks.ts";

async function describeData(given: DescribeData | undefined): Promise<() => DescribeData> {
  if (given !== undefined) return () => given;
  // Not sent when most files are expected to be reused: read here only if one is parsed.
  const { loadDescribeData } = await import("./describe/load-describe-data.ts");
  return () => loadDescribeData();
}

async function work({ tasks: shared, next, chunk, data }: WorkerTasks): Promise<void> {
  const options = workerData as BatchOptions;
  const tasks = readSharedTasks(shared);
  const getData = await describeData(data);
  for (let first = Atomics.add(next, 0, chunk); first < tasks.length; first = Atomics.add(next, 0, chunk)) {
    const done: ChunkDone = { indexes: [], files: [] };
    for (let index = first; index < Math.min(first + chunk, tasks.length); index++) {
      done.indexes.push(index);
      done.files.push(readAndParse(tasks[index] as FileTask, getData, options));
    }
    parentPort?.postMessage(done);
  }
  parentPort?.postMessage({ indexes: [], files: [], last: true } satisfies ChunkDone);
}

export function workOnTasks(): void {
  parentPort?.once("message", (message: WorkerTasks) => void work(message));
}
