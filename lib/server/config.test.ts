import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig as load } from "./config";

const loadConfig = (env: Record<string, string>) => load(env as NodeJS.ProcessEnv);

describe("configuration", () => {
  it("reads Kuaidi100 e-waybill accounts keyed by carrier", () => {
    const c = loadConfig({ KUAIDI100_WAYBILL_ACCOUNTS: '{"sf":{"partnerId":"7551234567","expType":"顺丰标快"},"zto":{"partnerId":"ZTO-1","partnerKey":"pw"}}' });
    expect(c.carriers.kuaidi100.waybillAccounts).toEqual({ sf: { partnerId: "7551234567", expType: "顺丰标快" }, zto: { partnerId: "ZTO-1", partnerKey: "pw" } });
    expect(loadConfig({}).carriers.kuaidi100.waybillAccounts).toEqual({});
  });

  it("reads Kdniao e-waybill accounts, with Kdniao's pay type codes", () => {
    expect(loadConfig({ KDNIAO_WAYBILL_ACCOUNTS: '{"zto":{"customerName":"a","customerPwd":"b","payType":3}}' }).carriers.kdniao.waybillAccounts).toEqual({ zto: { customerName: "a", customerPwd: "b", payType: 3 } });
    expect(() => loadConfig({ KDNIAO_WAYBILL_ACCOUNTS: '{"zto":{"payType":7}}' })).toThrow(/KDNIAO_WAYBILL_ACCOUNTS/);
  });

  it.each([
    ["not JSON", "{sf:", /KUAIDI100_WAYBILL_ACCOUNTS must be JSON/],
    ["an unknown carrier", '{"dhl":{"partnerId":"1"}}', /KUAIDI100_WAYBILL_ACCOUNTS/],
    ["an account without partnerId", '{"sf":{"partnerKey":"x"}}', /KUAIDI100_WAYBILL_ACCOUNTS/],
    ["a misspelt field", '{"sf":{"partnerId":"1","parnterKey":"x"}}', /KUAIDI100_WAYBILL_ACCOUNTS/],
  ])("refuses %s with one line naming the variable", (_name, value, message) => {
    expect(() => loadConfig({ KUAIDI100_WAYBILL_ACCOUNTS: value })).toThrow(ConfigError);
    expect(() => loadConfig({ KUAIDI100_WAYBILL_ACCOUNTS: value })).toThrow(message);
  });

  it("refuses a short encryption key and bad group-commit settings", () => {
    expect(() => loadConfig({ SHIPLANE_ENCRYPTION_KEY: "short" })).toThrow(/SHIPLANE_ENCRYPTION_KEY must be at least 32 characters/);
    expect(() => loadConfig({ SHIPLANE_INGEST_WRITES_IN_FLIGHT: "0" })).toThrow(/SHIPLANE_INGEST_WRITES_IN_FLIGHT/);
    expect(loadConfig({ SHIPLANE_INGEST_MAX_BATCH: "16" }).ingestion).toEqual({ maxBatch: 16, writesInFlight: 2 });
  });
});

describe("sender warehouses", () => {
  const hangzhou = { code: "HGH1", name: "杭州仓", contactName: "发货组", contactPhone: "0571-86721008", province: "浙江省", city: "杭州市", district: "余杭区", addressLine: "龙潭路18号" };

  it("reads the merchant's warehouses, or leaves the demo ones in place", () => {
    expect(loadConfig({ SHIPLANE_WAREHOUSES: JSON.stringify([hangzhou]) }).warehouses).toEqual([hangzhou]);
    expect(loadConfig({}).warehouses).toBeUndefined();
  });

  it.each([
    ["not JSON", "[{", /SHIPLANE_WAREHOUSES must be JSON/],
    ["an empty list", "[]", /SHIPLANE_WAREHOUSES must list at least one warehouse/],
    ["a duplicate code", JSON.stringify([hangzhou, hangzhou]), /SHIPLANE_WAREHOUSES warehouse codes must be unique/],
    ["a missing address", JSON.stringify([{ ...hangzhou, addressLine: undefined }]), /SHIPLANE_WAREHOUSES/],
  ])("refuses %s", (_name, value, message) => {
    expect(() => loadConfig({ SHIPLANE_WAREHOUSES: value })).toThrow(message);
  });
});
