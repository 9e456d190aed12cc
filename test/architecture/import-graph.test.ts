import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  buildGraph,
  FORBIDDEN_FILES,
  FORBIDDEN_PACKAGES,
  findCycles,
  forbiddenReach,
  GUARDED,
  PRODUCTION,
  readSources,
  TEST_FREE,
  TEST_ONLY,
  upwardImports,
} from "./import-graph.ts";

const root = path.resolve(import.meta.dirname, "../..");
const graph = buildGraph(readSources(root), (p) => fs.existsSync(path.join(root, p)));

/** The rules, as README "Architecture" states them. Each returns the offending arrows or cycles. */
const rules = (g: typeof graph) => ({
  cycles: findCycles(g).map((c) => c.join(" <-> ")),
  portsOnly: forbiddenReach(g, GUARDED, FORBIDDEN_FILES, FORBIDDEN_PACKAGES),
  benchWithoutTests: forbiddenReach(g, TEST_FREE, ["test/"]),
  productionWithoutTestCode: forbiddenReach(g, PRODUCTION, TEST_ONLY),
  upward: upwardImports(g),
});

describe("import graph of src/, adapters/, bench/ and fakes/", () => {
  it("reads the real tree (the scan is not empty and resolves imports)", () => {
    expect(graph.local.size).toBeGreaterThan(100);
    expect(graph.local.get("src/use-cases/booking/book-session.ts")?.length).toBeGreaterThan(0);
    expect(graph.packages.get("adapters/telegram/sender.ts")).toContain("grammy");
  });

  it("has no import cycle", () => {
    expect(rules(graph).cycles).toEqual([]);
  });

  it("src/domain, src/use-cases and src/notices reach no infra, generated Prisma client, SDK or adapter", () => {
    expect(rules(graph).portsOnly).toEqual([]);
  });

  it("no import runs up the layers (app > adapters > infra > chat > handlers > ... > ports > domain)", () => {
    expect(rules(graph).upward).toEqual([]);
  });

  it("bench/ and the shared fakes/ import nothing from test/", () => {
    expect(rules(graph).benchWithoutTests).toEqual([]);
  });

  it("production code (src/, adapters/) imports nothing from test/, bench/ or fakes/", () => {
    expect(rules(graph).productionWithoutTestCode).toEqual([]);
  });
});

describe("the import-graph rules catch each kind of violation", () => {
  const tiny = (files: Record<string, string>) => rules(buildGraph(new Map(Object.entries(files))));
  const clean = {
    "src/domain/a.ts": `import type { B } from "./b.ts";\nexport const a = 1;`,
    "src/domain/b.ts": `export type B = number;`,
    "src/use-cases/u.ts": `import { a } from "../domain/a.ts";\nimport { z } from "zod";`,
    "src/infra/db.ts": `import pg from "pg";\nimport { a } from "../domain/a.ts";`,
    "bench/x.ts": `import { startFake } from "../fakes/net/http.ts";`,
    "fakes/net/http.ts": `import http from "node:http";`,
    "src/app/main.ts": `import { db } from "../infra/db.ts";\nimport { c } from "../chat/c.ts";`,
    "src/chat/c.ts": `import { h } from "../handlers/h.ts";`,
    "src/handlers/h.ts": `import { u } from "../use-cases/u.ts";\nimport type { P } from "../ports/p.ts";`,
    "src/ports/p.ts": `import type { B } from "../domain/b.ts";`,
  };

  it("a clean tree passes every rule", () => {
    expect(tiny(clean)).toEqual({
      cycles: [],
      portsOnly: [],
      benchWithoutTests: [],
      productionWithoutTestCode: [],
      upward: [],
    });
  });

  it("an import up the layers, even type-only; infra imported outside the wiring", () => {
    const r = tiny({
      ...clean,
      "src/handlers/h.ts": `import { c } from "../chat/c.ts";`,
      "src/ports/p.ts": `import type { R } from "../replies/r.ts";`,
      "src/replies/r.ts": `export type R = string;`,
      "src/intents/i.ts": `export { db } from "../infra/db.ts";`,
      "src/domain/a.ts": `import { h } from "../handlers/h.ts";`,
    });
    expect(r.upward).toEqual([
      "src/domain/a.ts -> src/handlers/h.ts (domain imports handlers)",
      "src/handlers/h.ts -> src/chat/c.ts (handlers imports chat)",
      "src/intents/i.ts -> src/infra/db.ts (intents imports infra)",
      "src/intents/i.ts -> src/infra/db.ts (only the wiring imports it)",
      "src/ports/p.ts -> src/replies/r.ts (ports imports replies)",
    ]);
  });

  it("a cycle, even through type-only imports and re-exports", () => {
    const r = tiny({ ...clean, "src/domain/b.ts": `export type { A } from "./a.ts";` });
    expect(r.cycles).toEqual(["src/domain/a.ts <-> src/domain/b.ts"]);
  });

  it("a use case importing infra directly, or an SDK through a helper", () => {
    const r = tiny({
      ...clean,
      "src/use-cases/u.ts": `import { db } from "../infra/db.ts";`,
      "src/notices/n.ts": `import { q } from "./q.ts";`,
      "src/notices/q.ts": `import { Queue } from "bullmq";`,
      "src/domain/d.ts": `import type { X } from "@prisma/client/runtime";`,
    });
    expect(r.portsOnly.sort()).toEqual([
      "src/domain/d.ts -> @prisma/client",
      "src/notices/n.ts -> src/notices/q.ts -> bullmq",
      "src/notices/q.ts -> bullmq",
      "src/use-cases/u.ts -> src/infra/db.ts",
    ]);
  });

  it("bench reaching test/ directly or through fakes/; src importing a fake", () => {
    const r = tiny({
      ...clean,
      "bench/y.ts": `const t = await import("../test/support/test-db.ts");`,
      "fakes/net/http.ts": `export * from "../../test/support/services.ts";`,
      "adapters/slack/start.ts": `import { startFake } from "../../fakes/net/http.ts";`,
    });
    expect(r.benchWithoutTests.sort()).toEqual([
      "bench/x.ts -> fakes/net/http.ts -> test/support/services.ts",
      "bench/y.ts -> test/support/test-db.ts",
      "fakes/net/http.ts -> test/support/services.ts",
    ]);
    expect(r.productionWithoutTestCode).toEqual(["adapters/slack/start.ts -> fakes/net/http.ts"]);
  });
});
