/**
 * Spreads the files over the machine's cores. Each worker takes a contiguous
 * share, so the outcome (sorted by file name afterwards) does not depend on
 * how many cores there are. Small runs stay in one thread: starting a worker
 * and loading the describe data costs more than parsing a few hundred files.
 */
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { loadDescribeData } from "./describe/load-describe-data.ts";
import { processBatch, type BatchOptions, type FileOutcome, type FileTask } from "./process-files.ts";

const MIN_FILES_PER_WORKER = 1_000;

function runWorker(tasks: FileTask[], options: BatchOptions, onDone: () => void): Promise<FileOutcome[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL("./ingest-worker.ts", import.meta.url), { workerData: { tasks, options } });
    worker.on("message", (message: { done?: number; outcomes?: FileOutcome[] }) => {
      if (message.done) onDone();
      if (message.outcomes) resolve(message.outcomes);
    });
    worker.on("error", reject);
    worker.on("exit", (code) => {
      if (code !== 0) reject(new Error(`an ingest worker stopped with exit code ${code}`));
    });
  });
}

export async function processAll(
  tasks: FileTask[],
  options: BatchOptions,
  onDone: () => void = () => {},
): Promise<FileOutcome[]> {
  const threads = Math.min(availableParallelism(), Math.floor(tasks.length / MIN_FILES_PER_WORKER), 8);
  if (threads < 2) return processBatch(tasks, loadDescribeData, options, onDone);
  const share = Math.ceil(tasks.length / threads);
  const shares = Array.from({ length: threads }, (_, index) => tasks.slice(index * share, (index + 1) * share));
  const results = await Promise.all(shares.map((part) => runWorker(part, options, onDone)));
  return results.flat();
}
