// npm run build: compiles src/ and adapters/ (and the generated Prisma client) to JavaScript in
// dist/, with relative `.ts` imports rewritten to `.js` (tsconfig.build.json), and copies what the
// compiled code reads at run time: prisma/migrations (src/infra/db/migrate.ts resolves it three
// folders up from itself, which from dist/src/infra/db is dist/prisma/migrations).
// dist/ is emptied first so a moved or deleted source file never leaves a stale .js behind, and the
// build fails if the file `npm run start:prod` runs was not produced (e.g. after main.ts moved).
// The Prisma client is compiled from src/generated, which `prisma generate` (postinstall) writes:
// the Prisma CLI is a dev dependency, so the client is generated at build time and ships in dist/.
// `--out-dir <dir>` builds elsewhere than dist/ (test/deploy/production-build.test.ts).
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const outAt = process.argv.indexOf("--out-dir");
const dist = outAt > 0 ? path.resolve(process.argv[outAt + 1] ?? "") : path.join(root, "dist");
if (!fs.existsSync(path.join(root, "src/generated/prisma/client.ts"))) {
  console.error("build: src/generated/prisma is missing; run `npx prisma generate` first (npm install does)");
  process.exit(1);
}
fs.rmSync(dist, { recursive: true, force: true });
const tsc = spawnSync(
  process.execPath,
  [path.join(root, "node_modules/typescript/bin/tsc"), "-p", "tsconfig.build.json", "--outDir", dist],
  { cwd: root, stdio: "inherit" },
);
if (tsc.status !== 0) process.exit(tsc.status ?? 1);
fs.cpSync(path.join(root, "prisma/migrations"), path.join(dist, "prisma/migrations"), { recursive: true });

const pkg = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8"));
const entry = /node\s+(?:--\S+\s+)*(dist\/\S+\.js)/.exec(pkg.scripts?.["start:prod"] ?? "")?.[1];
if (!entry || !fs.existsSync(path.join(dist, entry.replace(/^dist\//, "")))) {
  console.error(`build: start:prod runs ${entry ?? "(no dist/*.js found in the script)"}, which the build did not produce`);
  process.exit(1);
}
console.log(`build: ${path.relative(root, dist) || dist}/ ready; npm run start:prod runs ${entry}`);
