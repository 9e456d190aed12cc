import { describe, expect, it } from "vitest";
import { batched } from "../../src/infra/prisma/batched-writes.ts";

describe("batched writes (the inbox's sent marks)", () => {
  it("writes one item at once when alone, and what arrives meanwhile together in the next write", async () => {
    const writes: number[][] = [];
    let release: () => void = () => undefined;
    const b = batched<number>(async (items) => {
      writes.push(items);
      if (writes.length === 1) await new Promise<void>((r) => (release = r));
    });
    const first = b.add(1);
    expect(writes).toEqual([[1]]); // not held back waiting for company
    const rest = [b.add(2), b.add(3), b.add(4)];
    expect(writes).toEqual([[1]]); // the first write is still in flight
    release();
    await Promise.all([first, ...rest]);
    expect(writes).toEqual([[1], [2, 3, 4]]);
  });

  it("a failed shared write is retried item by item: only the bad item fails", async () => {
    const writes: string[][] = [];
    let release: () => void = () => undefined;
    const b = batched<string>(async (items) => {
      writes.push(items);
      if (writes.length === 1) await new Promise<void>((r) => (release = r));
      if (items.includes("bad")) throw new Error("rejected");
    });
    const first = b.add("a");
    const later = [b.add("b"), b.add("bad"), b.add("c")].map((p) =>
      p.then(
        () => "ok",
        (e: Error) => e.message,
      ),
    );
    release();
    await first;
    expect(await Promise.all(later)).toEqual(["ok", "rejected", "ok"]);
    expect(writes).toEqual([["a"], ["b", "bad", "c"], ["b"], ["bad"], ["c"]]);
  });

  it("hands each call its own result from the shared write", async () => {
    let release: () => void = () => undefined;
    let first = true;
    const b = batched<string, string>(async (items) => {
      if (first) {
        first = false;
        await new Promise<void>((r) => (release = r));
      }
      return items.map((i) => i.toUpperCase());
    });
    const a = b.add("a");
    const rest = [b.add("b"), b.add("c")];
    release();
    expect(await Promise.all([a, ...rest])).toEqual(["A", "B", "C"]);
  });
});
