import fs from "node:fs";
import path from "node:path";
import ts from "typescript";

/**
 * Reads the import graph of the project's own code with the TypeScript compiler's pre-processor
 * (every `import`, `import type`, `export ... from`, `import()` and `require()`), and judges it
 * against the layering rules of README "Architecture". Paths are repo-relative with `/` separators.
 */
export interface ImportGraph {
  /** file -> the repo files it imports (resolved) */
  local: Map<string, string[]>;
  /** file -> the packages it imports (`@scope/name` or `name`; `node:` built-ins left out) */
  packages: Map<string, string[]>;
}

/** The roots the graph covers; src/generated is Prisma's output, read as a target only. */
export const SCANNED = ["src", "adapters", "bench", "fakes"];
const GENERATED = "src/generated/";

/** Layers that talk to ports only, and what they must never reach, directly or through other files. */
export const GUARDED = ["src/domain/", "src/use-cases/", "src/notices/"];
export const FORBIDDEN_FILES = ["src/infra/", "src/generated/", "adapters/"];
export const FORBIDDEN_PACKAGES = [
  /^@slack\//,
  /^discord\.js$/,
  /^@discordjs\//,
  /^grammy$/,
  /^@grammyjs\//,
  /^bullmq$/,
  /^ioredis$/,
  /^@prisma\//,
  /^pg$/,
];
/**
 * The layers of production code, top to bottom. A file may import its own layer or any layer below
 * it, never one above (README "Architecture"). The wiring (composition root and what it starts) is on
 * top; the domain at the bottom.
 */
export const LAYERS: { name: string; roots: string[] }[] = [
  { name: "wiring", roots: ["src/app/", "src/config/", "src/seed/", "src/console/"] },
  { name: "adapters", roots: ["adapters/"] },
  { name: "infra", roots: ["src/infra/"] },
  { name: "chat", roots: ["src/chat/", "src/inbox/"] },
  { name: "handlers", roots: ["src/handlers/"] },
  { name: "notices", roots: ["src/notices/"] },
  { name: "replies", roots: ["src/replies/"] },
  { name: "use-cases", roots: ["src/use-cases/", "src/calendar/"] },
  { name: "jobs", roots: ["src/jobs/"] },
  { name: "intents", roots: ["src/intents/"] },
  { name: "ports", roots: ["src/ports/"] },
  { name: "domain", roots: ["src/domain/"] },
];
/** Folders only the wiring may import: implementations are chosen in one place (infra: ports' builds). */
export const WIRING_ONLY: { roots: string[]; from: string[] }[] = [
  { roots: ["src/infra/", "adapters/"], from: ["src/app/", "src/config/", "src/seed/", "src/console/"] },
  { roots: ["src/generated/"], from: ["src/app/", "src/seed/", "src/infra/"] },
];

/** Folders whose code must not depend on test/ (benchmarks run without the test tree). */
export const TEST_FREE = ["bench/", "fakes/"];
/** Production code (what `npm run build` compiles) never imports test-only code. */
export const PRODUCTION = ["src/", "adapters/"];
export const TEST_ONLY = ["test/", "bench/", "fakes/"];

function packageOf(spec: string): string | null {
  if (spec.startsWith("node:")) return null;
  const parts = spec.split("/");
  return spec.startsWith("@") ? parts.slice(0, 2).join("/") : (parts[0] ?? spec);
}

function resolveLocal(fromFile: string, spec: string, exists: (p: string) => boolean): string {
  const base = path.posix.normalize(path.posix.join(path.posix.dirname(fromFile), spec));
  const candidates = [base, base.replace(/\.js$/, ".ts"), `${base}.ts`, `${base}/index.ts`];
  return candidates.find(exists) ?? base;
}

/** Builds the graph from `sources` (repo-relative path -> file text). */
export function buildGraph(
  sources: Map<string, string>,
  exists = (p: string) => sources.has(p),
): ImportGraph {
  const local = new Map<string, string[]>();
  const packages = new Map<string, string[]>();
  for (const [file, text] of sources) {
    const info = ts.preProcessFile(text, true, true);
    const files: string[] = [];
    const pkgs: string[] = [];
    for (const { fileName: spec } of info.importedFiles) {
      if (spec.startsWith(".")) files.push(resolveLocal(file, spec, exists));
      else {
        const p = packageOf(spec);
        if (p) pkgs.push(p);
      }
    }
    local.set(file, [...new Set(files)]);
    packages.set(file, [...new Set(pkgs)]);
  }
  return { local, packages };
}

/** Every import cycle (strongly connected component of more than one file, or a self-import). */
export function findCycles(g: ImportGraph): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  let next = 0;
  const visit = (v: string) => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    onStack.add(v);
    for (const w of g.local.get(v) ?? []) {
      if (!g.local.has(w) || w.startsWith(GENERATED)) continue;
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const scc: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        scc.push(w);
      } while (w !== v);
      if (scc.length > 1 || (g.local.get(v) ?? []).includes(v)) cycles.push(scc.sort());
    }
  };
  for (const v of [...g.local.keys()].sort()) if (!v.startsWith(GENERATED) && !index.has(v)) visit(v);
  return cycles;
}

const under = (file: string, roots: string[]) => roots.some((r) => file.startsWith(r));

/**
 * Each file in `from` that reaches (through any chain of local imports) a file under `files` or a
 * package matching `pkgs`, reported once per offending arrow as "a -> b -> ... -> target".
 */
export function forbiddenReach(
  g: ImportGraph,
  from: string[],
  files: string[],
  pkgs: RegExp[] = [],
): string[] {
  const found = new Set<string>();
  for (const start of [...g.local.keys()].sort()) {
    if (!under(start, from)) continue;
    const seen = new Set([start]);
    const queue: string[][] = [[start]];
    while (queue.length > 0) {
      const chain = queue.shift()!;
      const at = chain[chain.length - 1]!;
      for (const p of g.packages.get(at) ?? [])
        if (pkgs.some((re) => re.test(p))) found.add(`${chain.join(" -> ")} -> ${p}`);
      for (const w of g.local.get(at) ?? []) {
        if (under(w, files)) {
          found.add(`${[...chain, w].join(" -> ")}`);
          continue;
        }
        if (seen.has(w)) continue;
        seen.add(w);
        queue.push([...chain, w]);
      }
    }
  }
  return [...found];
}

/** Reads every .ts file under the scanned roots of the repository at `root`. */
export function readSources(root: string): Map<string, string> {
  const sources = new Map<string, string>();
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(path.join(root, dir), { withFileTypes: true })) {
      const rel = `${dir}/${entry.name}`;
      if (entry.isDirectory()) {
        if (rel !== "src/generated" && entry.name !== "node_modules") walk(rel);
      } else if (entry.name.endsWith(".ts") && !entry.name.endsWith(".d.ts"))
        sources.set(rel, fs.readFileSync(path.join(root, rel), "utf8"));
    }
  };
  for (const r of SCANNED) if (fs.existsSync(path.join(root, r))) walk(r);
  return sources;
}

/** The index of a file's layer in LAYERS (0 = top), or undefined for files outside every layer. */
export function layerOf(file: string): number | undefined {
  const i = LAYERS.findIndex((l) => under(file, l.roots));
  return i < 0 ? undefined : i;
}

/**
 * Every direct import that runs up the layers ("a -> b (handlers imports chat)"), type-only imports
 * and re-exports included; and every import of a wiring-only folder from outside the wiring.
 */
export function upwardImports(g: ImportGraph): string[] {
  const found: string[] = [];
  for (const [file, targets] of [...g.local].sort(([a], [b]) => a.localeCompare(b))) {
    const from = layerOf(file);
    if (from === undefined) continue;
    for (const t of targets) {
      const to = layerOf(t);
      if (to !== undefined && to < from)
        found.push(`${file} -> ${t} (${LAYERS[from]!.name} imports ${LAYERS[to]!.name})`);
      const closed = WIRING_ONLY.find((w) => under(t, w.roots) && !under(file, w.roots));
      if (closed && !under(file, closed.from)) found.push(`${file} -> ${t} (only the wiring imports it)`);
    }
  }
  return [...new Set(found)];
}
