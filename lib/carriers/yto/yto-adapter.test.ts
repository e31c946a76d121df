import { describe, expect, it } from "vitest";
import { ytoAdapter } from "@/lib/carriers/yto/yto-adapter";

describe("ytoAdapter.detect", () => {
  it.each([
    ["YT8962646785389", "YT + 13 digits", 0.98],
    ["Y12345678901234", "legacy Y + 14 digits", 0.6],
    ["800123456789012345", "legacy 18 digits", 0.5],
    ["D01234567890", "legacy letter-prefixed 12", 0.5],
    ["812345678901", "legacy numeric 12", 0.2],
  ])("accepts %s (%s)", (number, _shape, confidence) => {
    expect(ytoAdapter.detect(number)).toMatchObject({ carrier: "yto", valid: true, confidence });
  });

  it.each([
    ["YT896264678538", "YT + 12 digits"],
    ["YT89626467853890", "YT + 14 digits"],
    ["YX8962646785389", "wrong prefix"],
    ["012345678901", "12 digits starting 0"],
    ["100123456789012345", "18 digits with unknown prefix"],
  ])("rejects %s (%s)", (number) => {
    expect(ytoAdapter.detect(number)).toBeNull();
  });
});
