import { describe, expect, it } from "vitest";
import { checkpointDedupeKey, dedupeCheckpoints } from "@/lib/domain/tracking/checkpoint-dedupe-key";

const base = {
  occurredAt: new Date("2026-11-20T06:05:33Z"),
  rawCode: "1",
  description: "【深圳市】顺丰速运 已收取快件",
  location: "深圳市",
};

describe("checkpointDedupeKey", () => {
  it.each([
    ["trailing and doubled whitespace", { description: "  【深圳市】顺丰速运  已收取快件 " }],
    ["full-width space", { description: "【深圳市】顺丰速运\u3000已收取快件" }],
    ["same instant from a different Date object", { occurredAt: new Date(Date.parse("2026-11-20T14:05:33+08:00")) }],
    ["location padding", { location: " 深圳市 " }],
  ])("is equal despite %s", (_why, change) => {
    expect(checkpointDedupeKey({ ...base, ...change })).toBe(checkpointDedupeKey(base));
  });

  it.each([
    ["another second", { occurredAt: new Date("2026-11-20T06:05:34Z") }],
    ["another code", { rawCode: "0" }],
    ["another text", { description: "【深圳市】顺丰速运 已发出" }],
    ["another location", { location: "广州市" }],
    ["no location", { location: undefined }],
  ])("differs for %s", (_why, change) => {
    expect(checkpointDedupeKey({ ...base, ...change })).not.toBe(checkpointDedupeKey(base));
  });

  it("is a sha1 hex string", () => {
    expect(checkpointDedupeKey(base)).toMatch(/^[0-9a-f]{40}$/);
  });

  it("merges a full-history re-push into the stored list", () => {
    const stored = [base, { ...base, occurredAt: new Date("2026-11-21T01:00:00Z"), description: "快件已签收 签收人:本人", rawCode: "301" }];
    const repush = [{ ...stored[1], description: `${stored[1].description} ` }, { ...base }];
    expect(dedupeCheckpoints([...stored, ...repush])).toEqual(stored);
  });
});
