// The bench bot thread's entry: benches run under tsx, whose loader a worker thread does not inherit.
import { tsImport } from "tsx/esm/api";

await tsImport("./bot-thread.ts", import.meta.url);
