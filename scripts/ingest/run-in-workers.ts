/**
 * Spreads the files over the machine's cores. Workers are started before the
 * manifest is read, so loading their code overlaps the main thread's work; the
 * describe data is read once, in this thread (while run-ingest.ts lists the
 * input folder), and sent with the tasks. Each worker then
 * claims chunks of the task list from a shared counter until none is left, so a
 * worker slowed by other load on the machine simply takes fewer chunks.
 * The main thread, otherwise idle, writes the outputs the workers send back: a
 * worker creating its own files spent up to 40% of its time blocked on the disk
 * when other programs were writing to it. It writes them one by one: creating
 * 10,000 files in one folder through the thread pool took twice the CPU time
 * (0.7 s against 0.35 s), several threads contending for the folder.
 * Outcomes are put back in task order, so the result does not depend on how many
 * cores there are or who took what. Small runs stay in one thread: starting a
 * worker and loading the describe data costs more than parsing a few hundred files.
 */
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { DescribeData } from "./describe/describe-item.ts";
import { isDone, writeParsed, type FileOutcome, type ParsedFile } from "./file-outcome.ts";
import type { BatchOptions, FileTask } from "./process-files.ts";
import { shareTasks } from "./shared-tasks.ts";

const MIN_FILES_PER_WORKER = 1_000;
/** Files claimed at a time: small enough to balance the workers, large enough to touch the counter rarely. */
const CHUNK = 32;

/** What the main thread sends a worker once the tasks are known. */
export interface WorkerTasks {
  /** The FileTask list, serialised once for every worker (shared-tasks.ts). */
  tasks: SharedArrayBuffer;
  /** Int32Array over a SharedArrayBuffer: the first task no worker has claimed yet. */
  next: Int32Array;
  chunk: number;
  /** The describe data, read once in the main thread rather than in every worker; absent when it may not be needed. */
  data?: DescribeData;
}

/** What a worker sends back for each chunk: each task's index, and its outcome or its outputs to write. */
export interface ChunkDone {
  indexes: number[];
  files: (FileOutcome | ParsedFile)[];
  /** The worker's last message: no task is left to claim. */
  last?: true;
}

export interface WorkerStart {
  options: BatchOptions;
  /** The describe data, already read; absent when most files will likely be reused unparsed (it is read if needed). */
  data?: DescribeData;
}

export interface FileProcessor {
  /** Ingests every task; `onProgress` gets the number of files done so far. */
  run(tasks: FileTask[], onProgress?: (done: number) => void): Promise<FileOutcome[]>;
  /** Stops any workers without waiting for them (after an error elsewhere). */
  stop(): void;
}

export function threadsFor(fileCount: number): number {
  return Math.min(availableParallelism(), Math.floor(fileCount / MIN_FILES_PER_WORKER), 8);
}

function inThisThread({ options, data }: WorkerStart): FileProcessor {
  return {
    async run(tasks, onProgress) {
      // Imported here so that a run using workers never loads the parser in the main thread.
      const [{ processBatch }, { loadDescribeData }] = await Promise.all([
        import("./process-files.ts"),
        import("./describe/load-describe-data.ts"),
      ]);
      let done = 0;
      return processBatch(
        tasks,
        () => data ?? loadDescribeData(),
        options,
        () => onProgress?.(++done),
      );
    },
    stop() {},
  };
}

/** Settles when the worker sends its last chunk; fails if it stops with an error, even before run() asks. */
function watch(worker: Worker, take: (chunk: ChunkDone) => void): Promise<void> {
  const finished = new Promise<void>((resolve, reject) => {
    worker.on("message", (chunk: ChunkDone) => {
      try {
        take(chunk);
      } catch (error) {
        // A file that cannot be written (not a taken address: a full disk, a lost folder) ends the run.
        reject(error instanceof Error ? error : new Error(String(error)));
        return;
      }
      if (chunk.last) resolve();
    });
    worker.once("error", reject);
    worker.once("exit", (code) => {
      if (code !== 0) reject(new Error(`an ingest worker stopped with exit code ${code}`));
    });
  });
  // A failure while the main thread is still reading the manifest is reported by run(), not as unhandled.
  finished.catch(() => {});
  return finished;
}

function inWorkers(threads: number, start: WorkerStart): FileProcessor {
  let take: (chunk: ChunkDone) => void = () => {};
  const workers = Array.from(
    { length: threads },
    () => new Worker(new URL("./ingest-worker.ts", import.meta.url), { workerData: start.options }),
  );
  const finished = workers.map((worker) => watch(worker, (chunk) => take(chunk)));
  return {
    async run(tasks, onProgress) {
      const next = new Int32Array(new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT));
      const { data } = start;
      const outcomes: FileOutcome[] = new Array<FileOutcome>(tasks.length);
      let done = 0;
      take = (chunk) => {
        chunk.files.forEach((file, at) => {
          outcomes[chunk.indexes[at] as number] = isDone(file) ? file : writeParsed(file, start.options.stagingDir);
        });
        done += chunk.files.length;
        if (chunk.files.length > 0) onProgress?.(done);
      };
      const shared = shareTasks(tasks);
      const message: WorkerTasks =
        data === undefined ? { tasks: shared, next, chunk: CHUNK } : { tasks: shared, next, chunk: CHUNK, data };
      for (const worker of workers) worker.postMessage(message);
      await Promise.all(finished);
      return outcomes;
    },
    stop() {
      for (const worker of workers) void worker.terminate();
    },
  };
}

/** Starts the workers a run of `fileCount` files is worth, or none. */
export function startFileProcessor(fileCount: number, start: WorkerStart): FileProcessor {
  const threads = threadsFor(fileCount);
  return threads < 2 ? inThisThread(start) : inWorkers(threads, start);
}
