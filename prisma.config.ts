import path from "node:path";
import { defineConfig } from "prisma/config";

// No engine downloads are possible here: run the schema engine as wasm through a JSON-RPC shim.
// A native engine, where one is installed, wins when PRISMA_SCHEMA_ENGINE_BINARY is set.
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= path.resolve(
  import.meta.dirname,
  "scripts/prisma-wasm-engine.mjs",
);

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost:5432/placeholder" },
});
