/**
 * Runs before the test suite: the end-to-end tests drive Debian's Chromium
 * (Playwright's own browser download cannot work without internet). Installs
 * it with apt when we are root on Debian, otherwise says exactly what to do.
 */
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";

const chromium = process.env["CHROMIUM_PATH"] ?? "/usr/bin/chromium";

if (!existsSync(chromium)) {
  const isRoot = process.getuid?.() === 0;
  const hasApt = existsSync("/usr/bin/apt-get");
  if (isRoot && hasApt) {
    console.error(
      `Chromium not found at ${chromium}; installing Debian's chromium package (needed by the end-to-end tests)...`,
    );
    execFileSync("apt-get", ["update"], { stdio: "inherit" });
    execFileSync("apt-get", ["install", "-y", "--no-install-recommends", "chromium"], {
      stdio: "inherit",
      env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
    });
  } else {
    console.error(
      [
        `The end-to-end tests need Chromium at ${chromium}, and it is not there.`,
        hasApt
          ? "Install it with: sudo apt-get update && sudo apt-get install -y chromium"
          : "Install Chromium with your system's package manager,",
        "or point CHROMIUM_PATH at an existing Chromium or Chrome binary, then run npm test again.",
      ].join("\n"),
    );
    process.exit(1);
  }
}
