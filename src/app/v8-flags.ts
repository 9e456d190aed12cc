import v8 from "node:v8";

/**
 * Imported first by main.ts, before anything compiles WebAssembly. Prisma's query compiler is a
 * WebAssembly module (several MB); V8's optimizing tier (TurboFan) recompiling it costs the process
 * about 45-50 MB of resident memory for no measured gain in query time (bench/memory.ts, docs/
 * reliability.md "Memory"), so WebAssembly stays on V8's baseline compiler (Liftoff).
 * WASM_OPTIMIZE=true keeps V8's default.
 */
if (process.env.WASM_OPTIMIZE !== "true") v8.setFlagsFromString("--liftoff-only");
