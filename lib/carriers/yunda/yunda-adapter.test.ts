import { describe, expect, it } from "vitest";
import { yundaAdapter } from "@/lib/carriers/yunda/yunda-adapter";

describe("yundaAdapter.detect", () => {
  it.each([
    ["463431409940372", "15 digits starting 46", 0.7],
    ["432542035598773", "15 digits starting 43", 0.7],
    ["312345678901234", "15 digits starting 31", 0.7],
    ["1200123456789", "legacy 13 digits starting 12", 0.4],
    ["4300123456789", "legacy 13 digits starting 43", 0.4],
  ])("accepts %s (%s)", (number, _shape, confidence) => {
    expect(yundaAdapter.detect(number)).toMatchObject({ carrier: "yunda", valid: true, confidence });
  });

  it.each([
    ["46343140994037", "14 digits"],
    ["4634314099403721", "16 digits"],
    ["563431409940372", "15 digits starting 5"],
    ["9900123456789", "13 digits starting 9"],
    ["YD3431409940372", "letters"],
  ])("rejects %s (%s)", (number) => {
    expect(yundaAdapter.detect(number)).toBeNull();
  });
});
