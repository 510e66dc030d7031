/**
 * Worker thread: ingests the chunks of the task list it claims (see run-in-workers.ts).
 * The compile cache is switched on before the ingest code is loaded: it halves the
 * time each worker spends loading (and type-stripping) that code.
 */
import { enableCompileCache } from "node:module";

enableCompileCache();
const { workOnTasks } = await import("./worker-tasks.ts");
workOnTasks();
