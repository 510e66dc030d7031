// Preloaded into child steps (node --import): writes the process's peak resident
// memory in MiB to file descriptor 3 on exit, where the build script reads it.
import { writeSync } from "node:fs";

process.on("exit", () => {
  try {
    writeSync(3, `${Math.round(process.resourceUsage().maxRSS / 1024)}\n`);
  } catch {
    // Not started by the build script (no fd 3): nothing to report to.
  }
});
