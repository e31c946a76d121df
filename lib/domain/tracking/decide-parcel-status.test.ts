import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  decideParcelStatus,
  type CurrentParcelStatus,
  type StatusObservation,
} from "@/lib/domain/tracking/decide-parcel-status";
import { SHIPMENT_STATUSES, type ShipmentStatus } from "@/lib/domain/tracking/shipment-status";

const at = (hhmm: string) => new Date(`2026-11-20T${hhmm}:00Z`);
const obs = (status: ShipmentStatus, hhmm: string, subStatus?: string): StatusObservation =>
  subStatus === undefined ? { status, occurredAt: at(hhmm) } : { status, subStatus, occurredAt: at(hhmm) };

interface Case {
  name: string;
  current: CurrentParcelStatus | null;
  checkpoints: StatusObservation[];
  status: ShipmentStatus;
  subStatus?: string;
  changed: boolean;
}

const cases: Case[] = [
  { name: "no data at all", current: null, checkpoints: [], status: "pending", changed: true },
  { name: "no checkpoints keeps the stored status", current: { status: "in_transit" }, checkpoints: [], status: "in_transit", changed: false },
  {
    name: "latest by time wins, not last in the array",
    current: null,
    checkpoints: [obs("out_for_delivery", "10:00"), obs("in_transit", "08:00")],
    status: "out_for_delivery",
    changed: true,
  },
  {
    name: "late-arriving older scan does not move delivered back",
    current: { status: "delivered", since: at("12:00") },
    checkpoints: [obs("delivered", "12:00"), obs("in_transit", "09:00")],
    status: "delivered",
    changed: false,
  },
  {
    name: "in_transit stamped after delivered does not reopen the parcel",
    current: null,
    checkpoints: [obs("delivered", "12:00"), obs("in_transit", "13:00")],
    status: "delivered",
    changed: true,
  },
  {
    name: "exception after out_for_delivery applies",
    current: { status: "out_for_delivery", since: at("09:00") },
    checkpoints: [obs("out_for_delivery", "09:00"), obs("exception", "11:00", "refused")],
    status: "exception",
    subStatus: "refused",
    changed: true,
  },
  {
    name: "exception before out_for_delivery was resolved",
    current: null,
    checkpoints: [obs("exception", "08:00", "delayed"), obs("out_for_delivery", "09:00")],
    status: "out_for_delivery",
    changed: true,
  },
  {
    name: "exception after delivered applies (refused after signing)",
    current: { status: "delivered" },
    checkpoints: [obs("delivered", "10:00"), obs("exception", "15:00", "returning")],
    status: "exception",
    subStatus: "returning",
    changed: true,
  },
  {
    name: "returned to sender is terminal against later progress scans",
    current: null,
    checkpoints: [obs("exception", "10:00", "returned_to_sender"), obs("out_for_delivery", "11:00")],
    status: "exception",
    subStatus: "returned_to_sender",
    changed: true,
  },
  {
    name: "terminal states win by time: delivered then returned",
    current: null,
    checkpoints: [obs("delivered", "10:00"), obs("exception", "18:00", "returned_to_sender")],
    status: "exception",
    subStatus: "returned_to_sender",
    changed: true,
  },
  {
    name: "a late order-created record never un-ships a moving parcel",
    current: null,
    checkpoints: [obs("in_transit", "08:00", "collected"), obs("info_received", "09:00")],
    status: "in_transit",
    subStatus: "collected",
    changed: true,
  },
  {
    name: "same timestamp: higher rank wins regardless of order",
    current: null,
    checkpoints: [obs("delivered", "10:00"), obs("out_for_delivery", "10:00")],
    status: "delivered",
    changed: true,
  },
  {
    name: "stored terminal status without a time still guards",
    current: { status: "delivered" },
    checkpoints: [obs("in_transit", "08:00")],
    status: "delivered",
    changed: false,
  },
  {
    name: "stored status with a newer time than every checkpoint stays",
    current: { status: "out_for_delivery", since: at("12:00") },
    checkpoints: [obs("in_transit", "11:00")],
    status: "out_for_delivery",
    changed: false,
  },
  {
    name: "checkpoints with invalid dates are ignored",
    current: { status: "in_transit" },
    checkpoints: [{ status: "delivered", occurredAt: new Date(Number.NaN) }],
    status: "in_transit",
    changed: false,
  },
  {
    name: "sub-status change alone counts as a change",
    current: { status: "in_transit", subStatus: "customs", since: at("08:00") },
    checkpoints: [obs("in_transit", "09:00", "customs_cleared")],
    status: "in_transit",
    subStatus: "customs_cleared",
    changed: true,
  },
];

describe("decideParcelStatus", () => {
  it.each(cases)("$name", ({ current, checkpoints, status, subStatus, changed }) => {
    const decision = decideParcelStatus(current, checkpoints);
    expect(decision.status).toBe(status);
    expect(decision.subStatus).toBe(subStatus);
    expect(decision.changed).toBe(changed);
  });

  it("reports the deciding event time", () => {
    expect(decideParcelStatus(null, [obs("in_transit", "08:00"), obs("delivered", "09:30")]).decidedAt).toEqual(at("09:30"));
  });

  it("does not depend on arrival order (property)", () => {
    const observation = fc.record({
      status: fc.constantFrom(...SHIPMENT_STATUSES),
      subStatus: fc.option(fc.constantFrom("returned_to_sender", "refused", "customs"), { nil: undefined }),
      occurredAt: fc.integer({ min: 0, max: 20 }).map((minute) => new Date(Date.UTC(2026, 10, 20, 8, minute))),
    });
    const listAndPermutation = fc
      .array(observation, { maxLength: 12 })
      .chain((list) =>
        fc.tuple(fc.constant(list), fc.shuffledSubarray(list, { minLength: list.length, maxLength: list.length })),
      );
    fc.assert(
      fc.property(listAndPermutation, ([list, shuffled]) => {
        const a = decideParcelStatus(null, list);
        const b = decideParcelStatus(null, shuffled);
        expect({ status: b.status, subStatus: b.subStatus }).toEqual({ status: a.status, subStatus: a.subStatus });
      }),
    );
  });
});
