import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { PushSignatureError } from "@/lib/carriers/push-errors";
import { signShiplanePayload, verifyShiplaneSignature } from "@/lib/carriers/shiplane/push-signature";

const BODY = new TextEncoder().encode('{"event_id":"evt_1","tracking_number":"SL1","status_code":"DELIVERED","timestamp":1795150000}');
const T = 1795150000;
const NOW = new Date(T * 1000);
const SECRETS = { current: "whsec_current", previous: "whsec_previous" };

// Independent computation of the documented scheme.
const hexHmac = (secret: string, t: number) => createHmac("sha256", secret).update(`${t}.${new TextDecoder().decode(BODY)}`).digest("hex");

describe("signShiplanePayload", () => {
  it("produces t=<unix>,v1=<hex HMAC-SHA256(secret, t.body)>", () => {
    expect(signShiplanePayload(BODY, "whsec_current", T)).toBe(`t=${T},v1=${hexHmac("whsec_current", T)}`);
    expect(signShiplanePayload(new TextDecoder().decode(BODY), "whsec_current", T)).toBe(signShiplanePayload(BODY, "whsec_current", T));
  });
});

describe("verifyShiplaneSignature", () => {
  it.each([
    ["current secret", `t=${T},v1=${hexHmac("whsec_current", T)}`, NOW],
    ["previous secret during rotation", `t=${T},v1=${hexHmac("whsec_previous", T)}`, NOW],
    ["one of several v1 entries", `t=${T},v1=${"0".repeat(64)},v1=${hexHmac("whsec_current", T)}`, NOW],
    ["spaces and an unknown scheme", ` t=${T} , v0=abc , v1=${hexHmac("whsec_current", T)} `, NOW],
    ["upper-case hex", `t=${T},v1=${hexHmac("whsec_current", T).toUpperCase()}`, NOW],
    ["299 s old", `t=${T},v1=${hexHmac("whsec_current", T)}`, new Date((T + 299) * 1000)],
    ["300 s in the future (clock skew)", `t=${T},v1=${hexHmac("whsec_current", T)}`, new Date((T - 300) * 1000)],
  ])("accepts %s", (_name, header, now) => {
    expect(verifyShiplaneSignature({ header, body: BODY, secrets: SECRETS, now })).toEqual(new Date(T * 1000));
  });

  it.each([
    ["missing header", undefined, NOW, /missing/],
    ["no t", `v1=${hexHmac("whsec_current", T)}`, NOW, /no t=/],
    ["no v1", `t=${T}`, NOW, /no v1=/],
    ["two t", `t=${T},t=${T},v1=${hexHmac("whsec_current", T)}`, NOW, /more than one t=/],
    ["t not a number", `t=abc,v1=${hexHmac("whsec_current", T)}`, NOW, /unix seconds/],
    ["301 s old", `t=${T},v1=${hexHmac("whsec_current", T)}`, new Date((T + 301) * 1000), /300s/],
    ["unknown secret", `t=${T},v1=${hexHmac("whsec_other", T)}`, NOW, /no X-Shiplane-Signature v1 matches/],
    ["t changed after signing (replay with a fresh t)", `t=${T + 10},v1=${hexHmac("whsec_current", T)}`, NOW, /matches/],
  ])("rejects %s", (_name, header, now, message) => {
    const verify = () => verifyShiplaneSignature({ header, body: BODY, secrets: SECRETS, now });
    expect(verify).toThrow(PushSignatureError);
    expect(verify).toThrow(message);
  });

  it("rejects a body changed after signing", () => {
    const header = signShiplanePayload(BODY, "whsec_current", T);
    const tampered = new TextEncoder().encode(new TextDecoder().decode(BODY).replace("DELIVERED", "RETURNED"));
    expect(() => verifyShiplaneSignature({ header, body: tampered, secrets: SECRETS, now: NOW })).toThrow(PushSignatureError);
  });
});
