// CI's install: `npm ci <args>`, and `npm install --no-save <args>` instead ONLY in the one known case
// where npm ci refuses a lockfile that is otherwise right: it lacks entries for other platforms'
// optional binaries (e.g. @biomejs/cli-darwin-arm64), which npm leaves out of a lockfile written on
// one OS (npm/cli#4828). Anything else, lockfile drift above all ("Invalid: lock file's x@1 does not
// satisfy x@2", a missing dependency that is not such a binary), fails the run.
//   node .ci/npm-ci.mjs --no-audit --no-fund --ignore-scripts
import { spawnSync } from "node:child_process";
import fs from "node:fs";

const args = process.argv.slice(2);
const npm = process.env.CI_NPM ?? "npm"; // the test substitutes a stand-in
const ci = spawnSync(npm, ["ci", ...args], { encoding: "utf8", stdio: ["inherit", "pipe", "pipe"] });
process.stdout.write(ci.stdout ?? "");
process.stderr.write(ci.stderr ?? "");
if (ci.status === 0) process.exit(0);

const verdict = knownMissingOptionalBinaries(`${ci.stdout}\n${ci.stderr}`);
if (!verdict.ok) {
  console.error(`ci: npm ci failed and this is not the known missing-optional-binary case (${verdict.why}); not falling back`);
  process.exit(ci.status || 1);
}
console.error(
  `ci: npm ci refused the lockfile only for other platforms' optional binaries (${verdict.missing.join(", ")}); ` +
    "installing the same lockfile with npm install --no-save",
);
const install = spawnSync(npm, ["install", "--no-save", ...args], { stdio: "inherit" });
process.exit(install.status ?? 1);

/** Whether npm ci's output is exactly the out-of-sync refusal listing only optional binaries. */
function knownMissingOptionalBinaries(out) {
  if (!/`npm ci` can only install packages when your package\.json and package-lock\.json/.test(out))
    return { ok: false, why: "not the lockfile-out-of-sync refusal" };
  if (/^npm error Invalid: /m.test(out)) return { ok: false, why: "the lockfile does not match package.json" };
  const missing = [...out.matchAll(/^npm error Missing: (.+)@[^@\s]+ from lock file$/gm)].map((m) => m[1]);
  if (missing.length === 0) return { ok: false, why: "no missing package listed" };
  const lock = JSON.parse(fs.readFileSync("package-lock.json", "utf8"));
  const optionalBinaries = new Set();
  for (const entry of Object.values(lock.packages ?? {}))
    for (const name of Object.keys(entry.optionalDependencies ?? {})) optionalBinaries.add(name);
  const other = missing.filter((name) => !optionalBinaries.has(name));
  if (other.length > 0) return { ok: false, why: `missing from the lockfile and not an optional binary: ${other.join(", ")}` };
  return { ok: true, missing };
}
