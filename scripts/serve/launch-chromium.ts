/**
 * Launches Debian's Chromium through playwright-core. Playwright's own browser
 * download cannot run on these machines, so the path is fixed and the flags
 * keep Chromium from reaching for a network it does not have.
 */
import { chromium, type Browser } from "playwright-core";

export const chromiumPath = process.env["CHROMIUM_PATH"] ?? "/usr/bin/chromium";

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}
