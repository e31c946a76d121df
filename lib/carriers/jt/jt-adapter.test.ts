import { describe, expect, it } from "vitest";
import { jtAdapter } from "@/lib/carriers/jt/jt-adapter";

describe("jtAdapter.detect", () => {
  it.each([
    ["JT5261988016578", "JT + 13 digits", 0.98],
    ["JT000696832695", "JT + 12 digits", 0.8],
  ])("accepts %s (%s)", (number, _shape, confidence) => {
    expect(jtAdapter.detect(number)).toMatchObject({ carrier: "jt", valid: true, confidence });
  });

  it.each([
    ["JT52619880165781", "JT + 14 digits"],
    ["JT52619880165", "JT + 11 digits"],
    ["JX5261988016578", "wrong prefix"],
    ["5261988016578", "no prefix"],
  ])("rejects %s (%s)", (number) => {
    expect(jtAdapter.detect(number)).toBeNull();
  });
});
