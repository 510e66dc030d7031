/**
 * Publishes a finished build: the new site was written to a staging folder and
 * replaces dist/ by rename only after every step succeeded, so a failed build
 * never leaves a half-published site behind.
 */
import { rename, rm } from "node:fs/promises";

export async function swapSite(staging: string, target: string): Promise<void> {
  const previous = `${target}.previous`;
  await rm(previous, { recursive: true, force: true });
  await rename(target, previous).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== "ENOENT") throw error;
  });
  await rename(staging, target);
  await rm(previous, { recursive: true, force: true });
}
