// Chinese scan texts of the sandbox carrier network, worded the way the real networks print them. Only the
// carrier's public hotline ever appears as a phone number: scans are shown on public tracking pages, so a
// recipient's (or courier's personal) number must never end up in them.
import { CARRIER_HOTLINES, CARRIER_NAMES } from "@/lib/demo/carriers";
import { stopLabel } from "@/lib/demo/checkpoints";
import type { Stop } from "@/lib/demo/route";
import type { ShiplaneRawCode } from "@/lib/demo/types";
import type { SandboxCarrierCode } from "./issue-tracking-number";

/** One scan on the simulated clock, before time compression and rendering. */
export interface SandboxScan {
  /** Simulated epoch ms (uncompressed). */
  t: number;
  code: ShiplaneRawCode;
  stop: Stop;
  /** Where the parcel goes next, for "发往"/"下一站" texts. */
  next?: Stop;
  /** Scan-specific text: courier, signer, reason, locker. */
  detail?: string;
  /** RETURNING at a hub on the way back (vs. the scan that starts the return). */
  resumed?: boolean;
  /** DELIVERY_FAILED after which the parcel goes back instead of out again. */
  givingUp?: boolean;
}

export function describeSandboxScan(scan: SandboxScan, carrier: SandboxCarrierCode): string {
  const here = stopLabel(scan.stop, carrier).name;
  const next = scan.next ? stopLabel(scan.next, carrier).name : here;
  const name = CARRIER_NAMES[carrier];
  const hotline = CARRIER_HOTLINES[carrier];
  switch (scan.code) {
    case "CREATED":
      return `商家已打印${name}电子面单，等待快递员上门揽收`;
    case "PICKED_UP":
      return carrier === "sf"
        ? `顺丰速运 已收取快件，收件员：${scan.detail}，客服电话：${hotline}`
        : `【${here}】已揽收，揽收员：${scan.detail}，客服电话：${hotline}`;
    case "IN_TRANSIT":
      return `快件已离开【${here}】，发往【${next}】`;
    case "ARRIVED_HUB":
      return scan.stop.kind === "outlet" ? `快件已到达【${here}】，正在安排派送` : `快件已到达【${here}】`;
    case "DEPARTED_HUB":
      return `快件已从【${here}】发出，下一站【${next}】`;
    case "DELAYED":
      return `${scan.detail}，快件在【${here}】滞留，预计延误1-2天，给您带来不便敬请谅解`;
    case "LOST":
      return `快件在【${here}】疑似遗失，${name}正在核实处理，如有疑问请致电 ${hotline}`;
    case "OUT_FOR_DELIVERY":
      return `【${here}】快递员 ${scan.detail} 正在为您派件，如有疑问请致电 ${hotline}`;
    case "DELIVERY_FAILED":
      return scan.givingUp
        ? `快件派送不成功，原因：${scan.detail}，多次联系无果，快件将退回寄件人`
        : `快件派送不成功，原因：${scan.detail}，将于下一派送班次再次派送`;
    case "DELIVERED":
      return `快件已签收，签收人：${scan.detail}。感谢使用${name}，如有疑问请联系 ${hotline}`;
    case "DELIVERED_LOCKER":
      return `快件已投递至【${scan.detail}】，请凭取件码及时取件。如有疑问请联系 ${hotline}`;
    case "REFUSED":
      return `收件人拒收，原因：${scan.detail}，快件将退回寄件人`;
    case "RETURNING":
      return scan.resumed ? `退回件已到达【${here}】` : `${scan.detail}，快件已办理退回，正发往【${next}】`;
    case "RETURNED":
      return `退回件已妥投，签收人：${scan.detail}。如有疑问请联系 ${hotline}`;
    default:
      return `${name} ${scan.code}`;
  }
}
