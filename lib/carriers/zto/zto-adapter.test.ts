import { describe, expect, it } from "vitest";
import { ztoAdapter } from "@/lib/carriers/zto/zto-adapter";

describe("ztoAdapter.detect", () => {
  it.each([
    ["73610555582883", "14 digits starting 73", 0.7],
    ["78812345678901", "14 digits starting 78", 0.7],
    ["77312345678901", "14 digits starting 77, shared with STO", 0.3],
    ["761234567890123", "15 digits starting 7", 0.2],
    ["211234567890", "legacy 12 digits starting 21", 0.3],
    ["541234567890", "legacy 12 digits starting 54", 0.3],
  ])("accepts %s (%s)", (number, _shape, confidence) => {
    expect(ztoAdapter.detect(number)).toMatchObject({ carrier: "zto", valid: true, confidence });
  });

  it.each([
    ["7361055558288", "13 digits"],
    ["7361055558288345", "16 digits"],
    ["13610555582883", "14 digits with wrong prefix"],
    ["ZT3610555582883", "letters"],
    ["101234567890", "12 digits with unknown prefix"],
  ])("rejects %s (%s)", (number) => {
    expect(ztoAdapter.detect(number)).toBeNull();
  });
});
