/** Worker thread: ingests its share of the files (see run-in-workers.ts). */
import { parentPort, workerData } from "node:worker_threads";
import { loadDescribeData } from "./describe/load-describe-data.ts";
import { processBatch, type BatchOptions, type FileTask } from "./process-files.ts";

const { tasks, options } = workerData as { tasks: FileTask[]; options: BatchOptions };
const outcomes = processBatch(tasks, loadDescribeData, options, () => parentPort?.postMessage({ done: 1 }));
parentPort?.postMessage({ outcomes });
