import { describe, expect, it } from "vitest";
import { InvalidTransitionError } from "@/lib/domain/errors";
import {
  ORDER_STATUSES,
  ORDER_TRANSITIONS,
  assertTransition,
  canTransition,
  transitionPath,
  TERMINAL_STATES,
  type OrderStatus,
} from "./order-state-machine";

const legal: [OrderStatus, OrderStatus][] = [
  ["pending_payment", "paid"],
  ["pending_payment", "cancelled"],
  ["paid", "picking"],
  ["picking", "packed"],
  ["packed", "shipped"],
  ["shipped", "in_transit"],
  ["in_transit", "out_for_delivery"],
  ["out_for_delivery", "delivered"],
  ["delivered", "completed"],
  ["in_transit", "exception"],
  ["exception", "in_transit"],
  ["exception", "delivered"],
  ["shipped", "returning"],
  ["returning", "returned"],
  ["returned", "refunded"],
  ["cancelled", "refunded"],
  ["packed", "cancelled"],
];

const illegal: [OrderStatus, OrderStatus][] = [
  ["pending_payment", "shipped"],
  ["paid", "delivered"],
  ["shipped", "cancelled"],
  ["in_transit", "cancelled"],
  ["delivered", "in_transit"],
  ["completed", "refunded"],
  ["refunded", "paid"],
  ["returned", "in_transit"],
  ["cancelled", "paid"],
  ["picking", "picking"],
];

describe("order state machine", () => {
  it.each(legal)("allows %s → %s", (from, to) => {
    expect(canTransition(from, to)).toBe(true);
    expect(assertTransition(from, to)).toBe(to);
  });

  it.each(illegal)("rejects %s → %s with the allowed list", (from, to) => {
    expect(canTransition(from, to)).toBe(false);
    try {
      assertTransition(from, to);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(InvalidTransitionError);
      expect((error as InvalidTransitionError).allowed).toEqual([...ORDER_TRANSITIONS[from]]);
    }
  });

  it("never lets an order be cancelled once it has shipped", () => {
    for (const s of ["shipped", "in_transit", "out_for_delivery", "delivered", "exception"] as const) {
      expect(canTransition(s, "cancelled")).toBe(false);
    }
  });

  it("has completed and refunded as the only final states", () => {
    expect([...TERMINAL_STATES].sort()).toEqual(["completed", "refunded"]);
  });

  it("only names known states in the table", () => {
    for (const [from, targets] of Object.entries(ORDER_TRANSITIONS)) {
      expect(ORDER_STATUSES).toContain(from);
      for (const t of targets) expect(ORDER_STATUSES).toContain(t);
    }
  });

  it("can reach every state from pending_payment", () => {
    for (const s of ORDER_STATUSES) {
      if (s === "pending_payment") continue;
      expect(transitionPath("pending_payment", s), s).not.toBeNull();
    }
  });

  it.each([
    ["shipped", "delivered", ["delivered"]],
    ["paid", "shipped", ["picking", "packed", "shipped"]],
    ["in_transit", "returned", ["returning", "returned"]],
    ["delivered", "paid", null],
  ] as const)("finds the path %s → %s", (from, to, expected) => {
    expect(transitionPath(from, to)).toEqual(expected);
  });
});
