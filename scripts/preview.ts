/**
 * npm run preview -- [--port N] [--base /path/] [--dir dist]
 * Serves the built site on localhost the way a static host would.
 */
import { existsSync } from "node:fs";
import { parseArgs } from "node:util";
import { normaliseBase } from "./build/build-options.ts";
import { siteDefaults } from "./paths.ts";
import { startStaticServer } from "./serve/static-server.ts";

const { values } = parseArgs({
  options: {
    port: { type: "string", default: "4321" },
    base: { type: "string", default: process.env["ARCHIVE_BASE"] ?? "/" },
    dir: { type: "string", default: siteDefaults.outDir },
  },
});

if (!existsSync(values.dir)) {
  console.error(`${values.dir}/ does not exist yet: run \`npm run build\` first.`);
  process.exit(1);
}
const server = await startStaticServer({
  root: values.dir,
  base: normaliseBase(values.base),
  port: Number(values.port),
});
console.log(`Serving ${values.dir}/ at ${server.url} (Ctrl+C to stop)`);
