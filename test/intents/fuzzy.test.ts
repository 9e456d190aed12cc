import { describe, expect, it } from "vitest";
import { editDistance, findNames, normalize, suggestNames } from "../../src/intents/fuzzy.ts";

const trainers = [
  { id: "a", name: "Anna Müller" },
  { id: "j", name: "José Álvarez" },
  { id: "s", name: "Sam Lee" },
];

describe("fuzzy names", () => {
  it("normalizes case, accents and punctuation", () => {
    expect(normalize("  José-ÁLVAREZ!! ")).toBe("jose alvarez");
  });

  it("counts a swapped pair as one typo", () => {
    expect(editDistance("spni", "spin")).toBe(1);
    expect(editDistance("yoga", "yoga")).toBe(0);
  });

  it("matches first names, full names and small typos", () => {
    expect(findNames(["anna"], trainers).map((m) => m.item.id)).toEqual(["a"]);
    expect(findNames(["ana"], trainers).map((m) => m.item.id)).toEqual(["a"]);
    expect(findNames(["jose", "alvarez"], trainers)[0]).toMatchObject({ item: { id: "j" }, score: 0 });
    expect(findNames(["muller"], trainers)).toEqual([]);
  });

  it("gives no typo to tiny words (a typo there is another word)", () => {
    expect(findNames(["sal"], trainers)).toEqual([]);
  });

  it("suggests by prefix for autocomplete", () => {
    expect(suggestNames("jo", trainers).map((t) => t.id)).toEqual(["j"]);
    expect(suggestNames("", trainers)).toHaveLength(3);
  });
});
