// npm install / npm ci: generates the Prisma client into src/generated when the Prisma CLI is
// installed (a development install). A production install (`npm ci --omit=dev`) has no CLI and needs
// no client source: the client was generated at build time and compiled into dist/.
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";

let cli;
try {
  cli = createRequire(import.meta.url).resolve("prisma/build/index.js");
} catch {
  console.log("postinstall: no Prisma CLI (production install); the client ships compiled in dist/");
  process.exit(0);
}
const r = spawnSync(process.execPath, [cli, "generate"], { stdio: "inherit" });
process.exit(r.status ?? 1);
