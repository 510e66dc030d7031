/**
 * Publishes a finished build: the new site was written to a staging folder and
 * replaces the output folder by rename only after every step succeeded, so a
 * failed build never leaves a half-published site behind. When the output
 * folder is on another file system, the site is first copied next to it, so
 * the final step is still a rename.
 */
import { cp, rename, rm } from "node:fs/promises";

async function moveOrCopy(from: string, to: string): Promise<void> {
  try {
    await rename(from, to);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EXDEV") throw error;
    await cp(from, to, { recursive: true });
    await rm(from, { recursive: true, force: true });
  }
}

export async function swapSite(staging: string, target: string): Promise<void> {
  const incoming = `${target}.incoming`;
  const previous = `${target}.previous`;
  await rm(incoming, { recursive: true, force: true });
  await moveOrCopy(staging, incoming);
  await rm(previous, { recursive: true, force: true });
  await rename(target, previous).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== "ENOENT") throw error;
  });
  await rename(incoming, target);
  await rm(previous, { recursive: true, force: true });
}
