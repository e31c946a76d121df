import { describe, expect, it } from "vitest";
import { chooseLifecyclePath } from "./lifecycle-paths";
import { DEMO_ORDER_TRANSITIONS, ORDER_STATUSES, isDemoTransition } from "./order-states";
import { ORDER_TRANSITIONS } from "@/lib/domain/orders/order-state-machine";
import { createRandom } from "./random";

describe("chooseLifecyclePath", () => {
  it.each(ORDER_STATUSES)("tells only legal stories ending in %s", (final) => {
    const random = createRandom(99);
    for (let i = 0; i < 300; i++) {
      const { statuses, finalIndex } = chooseLifecyclePath(random, final);
      expect(statuses[0]).toBe("pending_payment");
      expect(statuses[finalIndex]).toBe(final);
      let paid = false;
      for (let k = 1; k < statuses.length; k++) {
        expect(isDemoTransition(statuses[k - 1], statuses[k], paid), statuses.join(" → ")).toBe(true);
        paid ||= statuses[k] === "paid";
      }
      // A look-ahead status follows exactly when the final status can still change.
      const terminal = DEMO_ORDER_TRANSITIONS[final].length === 0 || (final === "cancelled" && !paid);
      expect(statuses.length - 1 - finalIndex).toBe(terminal ? 0 : 1);
    }
  });
});

describe("isDemoTransition", () => {
  it("refunds a cancelled order only if it was paid", () => {
    expect(isDemoTransition("cancelled", "refunded", true)).toBe(true);
    expect(isDemoTransition("cancelled", "refunded", false)).toBe(false);
    expect(isDemoTransition("shipped", "cancelled")).toBe(false);
    expect(isDemoTransition("delivered", "returning")).toBe(true);
  });
});

describe("DEMO_ORDER_TRANSITIONS", () => {
  it("only uses transitions the order service allows", () => {
    for (const status of ORDER_STATUSES) {
      for (const next of DEMO_ORDER_TRANSITIONS[status]) expect(ORDER_TRANSITIONS[status], `${status} → ${next}`).toContain(next);
    }
  });
});
