import { describe, expect, it } from "vitest";
import { formatCstLocalTime, formatCstYyMmDd, nextCstTime, withinCstHours } from "./china-time";
import { uniqueTail } from "./platforms";
import { createRandom, hashSeed, truncatedExponential, weightedPicker } from "./random";

describe("seeded randomness", () => {
  it("repeats for the same seed and differs across seeds", () => {
    const a = createRandom(hashSeed("demo"));
    const b = createRandom(hashSeed("demo"));
    const c = createRandom(hashSeed("demo2"));
    const first = Array.from({ length: 5 }, a);
    expect(Array.from({ length: 5 }, b)).toEqual(first);
    expect(Array.from({ length: 5 }, c)).not.toEqual(first);
    for (const value of first) expect(value >= 0 && value < 1).toBe(true);
  });

  it("samples weighted entries in proportion", () => {
    const pick = weightedPicker([["a", 1], ["b", 3]] as const);
    const random = createRandom(1);
    const hits = Array.from({ length: 20_000 }, () => pick(random)).filter((v) => v === "b").length;
    expect(hits / 20_000).toBeCloseTo(0.75, 1);
  });

  it("cuts the exponential at its maximum", () => {
    const random = createRandom(2);
    for (let i = 0; i < 1000; i++) expect(truncatedExponential(random, 10, 30)).toBeLessThanOrEqual(30);
  });
});

describe("China Standard Time helpers", () => {
  const at = Date.parse("2024-11-20T06:03:22Z"); // 14:03:22 in Shanghai

  it("formats carrier local times and PDD dates", () => {
    expect(formatCstLocalTime(at)).toBe("2024-11-20 14:03:22");
    expect(formatCstLocalTime(Date.parse("2024-11-20T16:00:00Z"))).toBe("2024-11-21 00:00:00");
    expect(formatCstYyMmDd(Date.parse("2023-11-19T17:30:00Z"))).toBe("231120");
  });

  it("finds the next local clock time and opening hours", () => {
    expect(new Date(nextCstTime(at, 18)).toISOString()).toBe("2024-11-20T10:00:00.000Z");
    expect(new Date(nextCstTime(at, 9)).toISOString()).toBe("2024-11-21T01:00:00.000Z");
    expect(withinCstHours(at, 8, 22)).toBe(at);
    expect(new Date(withinCstHours(Date.parse("2024-11-20T15:00:00Z"), 8, 22)).toISOString()).toBe(
      "2024-11-21T00:00:00.000Z",
    );
  });
});

describe("uniqueTail", () => {
  it("gives distinct seven-digit tails to distinct indexes", () => {
    const tails = new Set(Array.from({ length: 200_000 }, (_, i) => uniqueTail(i, 1234567)));
    expect(tails.size).toBe(200_000);
    for (const tail of [...tails].slice(0, 100)) expect(tail).toMatch(/^\d{7}$/);
  });
});
