// Scan events as the lifecycle produces them (carrier-neutral), and their rendering into the Chinese
// checkpoint texts a given carrier would show.
import { SHIPLANE_STATUS_TABLE } from "@/lib/domain/tracking/normalize-shiplane-status";
import type { DemoCarrier, DemoCheckpoint, ShiplaneRawCode } from "./types";
import { CARRIER_HOTLINES, CARRIER_NAMES, hubName, outletName, provincePrefix } from "./carriers";
import { formatCstLocalTime } from "./china-time";
import type { Stop } from "./route";

export interface ScanEvent {
  /** Epoch ms before the order's final time shift. */
  t: number;
  code: ShiplaneRawCode;
  stop: Stop;
  /** Where the parcel goes next, for "发往"/"下一站" texts. */
  next?: Stop;
  /** Text specific to this scan: courier, signer, reason, pickup point. */
  detail?: string;
  subStatus?: string;
  /** IN_TRANSIT after an exception, RETURNING at a hub on the way back (vs. the start of the return). */
  resumed?: boolean;
}

interface StopLabel {
  name: string;
  location: string;
}

/** Facility name and "【城市】..." location text of a stop for one carrier, memoised on the stop. */
export function stopLabel(stop: Stop, carrier: DemoCarrier): StopLabel {
  let label = stop.labels.get(carrier);
  if (!label) {
    const name = stop.kind === "hub" ? hubName(carrier, stop.city) : outletName(carrier, stop.city, stop.district);
    const prefix = stop.kind === "hub" ? provincePrefix(stop.city) : "";
    label = { name, location: `【${stop.city.name}】${prefix}${name}` };
    stop.labels.set(carrier, label);
  }
  return label;
}

function describe(event: ScanEvent, carrier: DemoCarrier): string {
  const here = stopLabel(event.stop, carrier).name;
  const next = event.next ? stopLabel(event.next, carrier).name : undefined;
  switch (event.code) {
    case "CREATED":
      return event.detail ?? `商家已发货，${CARRIER_NAMES[carrier]}运单已生成，等待揽收`;
    case "PICKED_UP":
      return carrier === "sf"
        ? `顺丰速运 已收取快件，收件员：${event.detail}`
        : `【${here}】已揽收，揽收员：${event.detail}`;
    case "IN_TRANSIT":
      return event.resumed ? `快件异常已处理，继续发往【${next ?? here}】` : `快件已发往【${next}】`;
    case "ARRIVED_HUB":
      return `快件已到达【${here}】`;
    case "DEPARTED_HUB":
      return `快件已从【${here}】发出，下一站【${next}】`;
    case "OUT_FOR_DELIVERY":
      return `【${here}】快递员 ${event.detail} 正在派件 (${CARRIER_HOTLINES[carrier]})`;
    case "DELIVERED":
      return `快件已签收，签收人：${event.detail}。如有疑问请联系 ${CARRIER_HOTLINES[carrier]}`;
    case "DELIVERED_LOCKER":
      return `快件已投递至【${event.detail}】，请凭取件码取件`;
    case "HELD_AT_PICKUP":
      return `快件已到达【${event.detail}】，请及时凭取件码取件`;
    case "DELIVERY_FAILED":
      return `快件派送不成功，原因：${event.detail}，将再次派送`;
    case "REFUSED":
      return `收件人拒收，原因：${event.detail}，快件将退回寄件人`;
    case "RETURNING":
      return event.resumed ? `退回件已到达【${here}】` : `快件已办理退回，正发往【${next ?? here}】`;
    case "RETURNED":
      return `退回件已签收，签收人：${event.detail}`;
    case "LOST":
      return `快件在【${here}】遗失，${CARRIER_NAMES[carrier]}正在核实处理`;
    case "DAMAGED":
      return `快件在【${here}】发现外包装破损，已联系寄件人处理`;
    case "DELAYED":
      return `${event.detail}，快件在【${here}】滞留，预计延误1-2天`;
  }
}

/** The checkpoint `carrier` would report for `event`, happening at epoch ms `at`. */
export function renderCheckpoint(event: ScanEvent, carrier: DemoCarrier, at: number): DemoCheckpoint {
  const canonical = SHIPLANE_STATUS_TABLE[event.code];
  const checkpoint: DemoCheckpoint = {
    occurredAt: new Date(at),
    localTime: formatCstLocalTime(at),
    status: canonical.status,
    rawCode: event.code,
    location: stopLabel(event.stop, carrier).location,
    lng: event.stop.lng,
    lat: event.stop.lat,
    description: describe(event, carrier),
  };
  const subStatus = event.subStatus ?? canonical.subStatus;
  if (subStatus) checkpoint.subStatus = subStatus;
  return checkpoint;
}
