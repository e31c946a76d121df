import { describe, expect, it } from "vitest";
import { carrierFromAfterShipSlug, timeZoneForCountry } from "@/lib/carriers/aftership/slugs";

describe("AfterShip slugs", () => {
  it.each([
    ["sf-express", "sf"],
    ["zto-express", "zto"],
    ["china-ems", "ems"],
    ["china-post", "ems"],
    ["UPS", "ups"],
    ["royal-mail", "royal-mail"],
  ])("%j → %j", (slug, carrier) => {
    expect(carrierFromAfterShipSlug(slug)).toBe(carrier);
  });

  it.each([
    ["CHN", "Asia/Shanghai"],
    ["gbr", "Europe/London"],
    ["USA", "Asia/Shanghai"],
    [null, "Asia/Shanghai"],
    ["__proto__", "Asia/Shanghai"],
  ])("checkpoint country %j is read in %s", (iso3, zone) => {
    expect(timeZoneForCountry(iso3, "Asia/Shanghai")).toBe(zone);
  });
});
