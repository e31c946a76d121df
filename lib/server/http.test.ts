import { describe, expect, it } from "vitest";
import { CarrierApiError } from "@/lib/carriers/push-errors";
import { ValidationError } from "@/lib/domain/errors";
import { errorResponse } from "./http";

describe("errorResponse", () => {
  it("answers 502 when a carrier API could not be used, without its raw answer", async () => {
    const res = errorResponse(new CarrierApiError("kuaidi100", "network", "connect ECONNREFUSED 10.1.2.3:443"), "req-1");
    expect(res.status).toBe(502);
    const body = await res.json();
    expect(body.error).toMatchObject({ code: "carrier_unavailable", requestId: "req-1" });
    expect(body.error.message).not.toContain("10.1.2.3");
  });

  it("answers 422 with field errors for invalid input", async () => {
    const res = errorResponse(new ValidationError("Invalid shipment", { carrier: ["收件地址超出派送范围"] }), "req-2");
    expect(res.status).toBe(422);
    expect((await res.json()).error.fieldErrors).toEqual({ carrier: ["收件地址超出派送范围"] });
  });
});
