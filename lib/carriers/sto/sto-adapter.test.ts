import { describe, expect, it } from "vitest";
import { stoAdapter } from "@/lib/carriers/sto/sto-adapter";

describe("stoAdapter.detect", () => {
  it.each([
    ["773277027280336", "15 digits starting 77", 0.7],
    ["883277027280336", "15 digits starting 88", 0.7],
    ["77316523125896", "14 digits starting 773", 0.4],
    ["8881234567890", "13 digits starting 888", 0.4],
    ["3312345678901", "13 digits starting 33", 0.3],
  ])("accepts %s (%s)", (number, _shape, confidence) => {
    expect(stoAdapter.detect(number)).toMatchObject({ carrier: "sto", valid: true, confidence });
  });

  it.each([
    ["7732770272803361", "16 digits"],
    ["123277027280336", "15 digits with wrong prefix"],
    ["ST3277027280336", "letters"],
    ["77327702728", "11 digits"],
  ])("rejects %s (%s)", (number) => {
    expect(stoAdapter.detect(number)).toBeNull();
  });
});
