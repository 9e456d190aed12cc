import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ci-install-"));
const calls = path.join(dir, "calls.log");
const fakeNpm = path.join(dir, "npm");
// A stand-in for npm: `npm ci` prints what CI_NPM_OUTPUT holds and fails (or succeeds when it is
// empty); `npm install` succeeds. Each call is logged.
fs.writeFileSync(
  fakeNpm,
  `#!/usr/bin/env node
const fs = require("node:fs");
fs.appendFileSync(${JSON.stringify(calls)}, process.argv.slice(2).join(" ") + "\\n");
if (process.argv[2] === "ci" && process.env.CI_NPM_OUTPUT) {
  process.stderr.write(process.env.CI_NPM_OUTPUT);
  process.exit(1);
}
`,
  { mode: 0o755 },
);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const REFUSAL =
  "npm error code EUSAGE\nnpm error\nnpm error `npm ci` can only install packages when your package.json and " +
  "package-lock.json or npm-shrinkwrap.json are in sync. Please update your lock file with `npm install` before continuing.\nnpm error\n";

/** Runs .ci/npm-ci.mjs on this repository's lockfile with npm ci answering `output`. */
function install(output: string) {
  fs.rmSync(calls, { force: true });
  const r = spawnSync(process.execPath, [".ci/npm-ci.mjs", "--no-audit", "--ignore-scripts"], {
    cwd: root,
    env: { ...process.env, CI_NPM: fakeNpm, CI_NPM_OUTPUT: output },
    encoding: "utf8",
  });
  const made = fs.existsSync(calls) ? fs.readFileSync(calls, "utf8").trim().split("\n") : [];
  return { status: r.status, calls: made, stderr: r.stderr };
}

describe(".ci/npm-ci.mjs: npm install only for the known missing-optional-binary refusal", () => {
  it("npm ci succeeding is all", () => {
    expect(install("")).toMatchObject({ status: 0, calls: ["ci --no-audit --ignore-scripts"] });
  });

  it("falls back when the only packages missing from the lockfile are another OS's optional binaries", () => {
    const r = install(
      `${REFUSAL}npm error Missing: @biomejs/cli-darwin-arm64@2.6.8 from lock file\nnpm error\n`,
    );
    expect(r.status).toBe(0);
    expect(r.calls).toEqual([
      "ci --no-audit --ignore-scripts",
      "install --no-save --no-audit --ignore-scripts",
    ]);
  });

  it("fails on lockfile drift (a version package.json no longer asks for)", () => {
    const r = install(
      `${REFUSAL}npm error Invalid: lock file's zod@4.6.7 does not satisfy zod@4.6.6\nnpm error\n`,
    );
    expect(r.status).toBe(1);
    expect(r.calls).toEqual(["ci --no-audit --ignore-scripts"]);
    expect(r.stderr).toMatch(/not the known missing-optional-binary case/);
  });

  it("fails when a missing package is not an optional binary (a dependency added without the lockfile)", () => {
    const r = install(
      `${REFUSAL}npm error Missing: @biomejs/cli-darwin-arm64@2.6.8 from lock file\nnpm error Missing: left-pad@1.3.0 from lock file\n`,
    );
    expect(r.status).toBe(1);
    expect(r.calls).toHaveLength(1);
    expect(r.stderr).toMatch(/left-pad/);
  });

  it("fails on any other npm ci failure (a registry error)", () => {
    const r = install("npm error code E404\nnpm error 404 Not Found - GET https://registry.npmjs.org/x\n");
    expect(r.status).toBe(1);
    expect(r.calls).toHaveLength(1);
  });
});

describe("under CI=true a skipped test fails the run (test/support/no-skips-reporter.ts)", () => {
  // Inside the checkout (scratch/ is git-ignored) so that the probe resolves `vitest`.
  fs.mkdirSync(path.join(root, "scratch"), { recursive: true });
  const probe = fs.mkdtempSync(path.join(root, "scratch/skip-probe-"));
  afterAll(() => fs.rmSync(probe, { recursive: true, force: true }));
  fs.writeFileSync(
    path.join(probe, "probe.test.ts"),
    `import { expect, it } from "vitest";\nit("runs", () => expect(1).toBe(1));\nit.skip("is skipped", () => undefined);\n`,
  );
  fs.writeFileSync(
    path.join(probe, "vitest.config.mjs"),
    `export default { test: { include: ["probe.test.ts"], reporters: ["default", ${JSON.stringify(
      path.join(root, "test/support/no-skips-reporter.ts"),
    )}] } };\n`,
  );
  const vitest = (ci: string, extra: string[] = []) =>
    spawnSync(process.execPath, [path.join(root, "node_modules/vitest/vitest.mjs"), "run", ...extra], {
      cwd: probe,
      env: { ...process.env, CI: ci },
      encoding: "utf8",
    });

  it("fails with CI=true, naming the skipped test; passes without CI and with a -t filter", () => {
    const inCi = vitest("true");
    expect(inCi.status).toBe(1);
    expect(inCi.stderr).toMatch(/1 skipped test\(s\) fail the run[\s\S]*is skipped/);
    expect(vitest("").status).toBe(0);
    expect(vitest("true", ["-t", "runs"]).status).toBe(0);
  });
});
