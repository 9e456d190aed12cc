// npm run build: compiles src/ and adapters/ (and the generated Prisma client) to JavaScript in
// dist/, with relative `.ts` imports rewritten to `.js` (tsconfig.build.json), and copies what the
// compiled code reads at run time: prisma/migrations (src/infra/db/migrate.ts resolves it three
// folders up from itself, which from dist/src/infra/db is dist/prisma/migrations).
// dist/ is emptied first so a moved or deleted source file never leaves a stale .js behind, and the
// build fails if the file `npm run start:prod` runs was not produced (e.g. after main.ts moved).
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const dist = path.join(root, "dist");
fs.rmSync(dist, { recursive: true, force: true });
const tsc = spawnSync(process.execPath, [path.join(root, "node_modules/typescript/bin/tsc"), "-p", "tsconfig.build.json"], {
  cwd: root,
  stdio: "inherit",
});
if (tsc.status !== 0) process.exit(tsc.status ?? 1);
fs.cpSync(path.join(root, "prisma/migrations"), path.join(dist, "prisma/migrations"), { recursive: true });

const pkg = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8"));
const entry = /node\s+(?:--\S+\s+)*(dist\/\S+\.js)/.exec(pkg.scripts?.["start:prod"] ?? "")?.[1];
if (!entry || !fs.existsSync(path.join(root, entry))) {
  console.error(`build: start:prod runs ${entry ?? "(no dist/*.js found in the script)"}, which the build did not produce`);
  process.exit(1);
}
console.log(`build: dist/ ready; npm run start:prod runs ${entry}`);
