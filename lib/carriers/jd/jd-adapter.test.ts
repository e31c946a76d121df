import { describe, expect, it } from "vitest";
import { jdAdapter } from "@/lib/carriers/jd/jd-adapter";

describe("jdAdapter.detect", () => {
  it.each([
    ["JDVA11408814483", "JDVA", 0.98],
    ["JDX024407261700", "JDX", 0.98],
    ["JD0012345678901", "JD + 13 digits", 0.98],
    ["JD00123456789012", "JD + 14 digits", 0.7],
  ])("accepts %s (%s)", (number, _shape, confidence) => {
    expect(jdAdapter.detect(number)).toMatchObject({ carrier: "jd", valid: true, confidence });
  });

  it.each([
    ["JDVA1140881448", "JDVA + 10 digits"],
    ["JDVAB1408814483", "three letters after JD"],
    ["JT0012345678901", "J&T prefix"],
    ["DJ0012345678901", "swapped prefix"],
  ])("rejects %s (%s)", (number) => {
    expect(jdAdapter.detect(number)).toBeNull();
  });
});
