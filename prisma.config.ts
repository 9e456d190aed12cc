import fs from "node:fs";
import path from "node:path";
import { defineConfig } from "prisma/config";

// Development and CI only: the Prisma CLI and the wasm engine are dev dependencies, absent from a
// production install and from the container, where the compiled app applies the migrations itself
// (src/infra/db/migrate.ts). Machines here cannot download Prisma's engine binaries, so the CLI runs
// the schema engine as wasm through a JSON-RPC shim, unless a native engine is there: one named in
// PRISMA_SCHEMA_ENGINE_BINARY, or one Prisma downloaded into @prisma/engines.
const engines = path.resolve(import.meta.dirname, "node_modules/@prisma/engines");
const nativeEngine =
  fs.existsSync(engines) && fs.readdirSync(engines).some((f) => f.startsWith("schema-engine"));
if (!nativeEngine)
  process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= path.resolve(
    import.meta.dirname,
    "scripts/prisma-wasm-engine.mjs",
  );

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost:5432/placeholder" },
});
