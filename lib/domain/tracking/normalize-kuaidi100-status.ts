// Kuaidi100 `state` (parcel level) and `statusCode` (per checkpoint, resultv2=4) → canonical status.
// Codes from Kuaidi100's published state tables; the labels are theirs, verbatim.
import {
  cleanCode,
  resolveTwoLevelCode,
  type StatusMapping,
  type StatusTable,
} from "@/lib/domain/tracking/status-mapping";

export const KUAIDI100_STATE_TABLE: StatusTable = {
  "0": { status: "in_transit", label: "在途" },
  // Kuaidi100 only reports 揽收 once the courier holds the parcel, so it is moving, not just "info received".
  "1": { status: "in_transit", subStatus: "collected", label: "揽收" },
  "2": { status: "exception", label: "疑难" },
  "3": { status: "delivered", label: "签收" },
  "4": { status: "exception", subStatus: "returned_to_sender", label: "退签" },
  "5": { status: "out_for_delivery", label: "派件" },
  "6": { status: "exception", subStatus: "returning", label: "退回" },
  "7": { status: "in_transit", subStatus: "forwarded", label: "转投" },
  "8": { status: "in_transit", subStatus: "customs", label: "清关" },
  "10": { status: "in_transit", subStatus: "customs", label: "待清关" },
  "11": { status: "in_transit", subStatus: "customs", label: "清关中" },
  "12": { status: "in_transit", subStatus: "customs_cleared", label: "已清关" },
  "13": { status: "exception", subStatus: "customs", label: "清关异常" },
  "14": { status: "exception", subStatus: "refused", label: "拒签" },
};

export const KUAIDI100_STATUS_CODE_TABLE: StatusTable = {
  ...KUAIDI100_STATE_TABLE,
  "101": { status: "info_received", label: "已下单" },
  "102": { status: "info_received", label: "待揽收" },
  "103": { status: "in_transit", subStatus: "collected", label: "已揽收" },
  "1001": { status: "in_transit", label: "到达派件城市" },
  "1002": { status: "in_transit", label: "干线" },
  "1003": { status: "in_transit", label: "转递" },
  "501": { status: "available_for_pickup", subStatus: "delivered_to_locker", label: "投柜或驿站" },
  "301": { status: "delivered", label: "本人签收" },
  "302": { status: "delivered", label: "派件异常后签收" },
  "303": { status: "delivered", subStatus: "signed_by_agent", label: "代签" },
  "304": { status: "delivered", subStatus: "delivered_to_locker", label: "投柜或站签收" },
  "201": { status: "exception", subStatus: "delayed", label: "超时未签收" },
  "202": { status: "exception", subStatus: "no_update", label: "超时未更新" },
  "203": { status: "exception", subStatus: "refused", label: "拒收" },
  "204": { status: "attempt_fail", label: "派件异常" },
  "205": { status: "exception", subStatus: "pickup_overdue", label: "柜或驿站超时未取" },
  "206": { status: "attempt_fail", subStatus: "recipient_unreachable", label: "无法联系" },
  "207": { status: "exception", subStatus: "address_problem", label: "超区" },
  "208": { status: "exception", subStatus: "delayed", label: "滞留" },
  "209": { status: "exception", subStatus: "damaged", label: "破损" },
  "401": { status: "exception", subStatus: "cancelled", label: "已销单" },
};

/** resultv2 pushes label each checkpoint with the state's Chinese name instead of its number. */
const STATE_BY_LABEL: ReadonlyMap<string, string> = new Map(
  Object.entries(KUAIDI100_STATE_TABLE).map(([code, entry]) => [entry.label, code]),
);

/** 1xxx codes refine 在途 (0); three-digit codes refine their first digit (2xx → 疑难 2). */
function kuaidi100Family(statusCode: string): string | undefined {
  if (/^10\d\d$/.test(statusCode)) return "0";
  if (/^\d{3}$/.test(statusCode)) return statusCode[0];
  return undefined;
}

/**
 * @param state parcel `state` ("0".."14") or a checkpoint's `status` label ("在途", "签收"…)
 * @param statusCode the detailed code, preferred when known
 */
export function normalizeKuaidi100(
  state: string | number | null | undefined,
  statusCode?: string | number | null,
): StatusMapping {
  const coarseText = cleanCode(state);
  const coarse = coarseText === undefined ? undefined : (STATE_BY_LABEL.get(coarseText) ?? coarseText);
  const detailed = cleanCode(statusCode);
  const mapping = resolveTwoLevelCode({
    detailed,
    coarse,
    detailedTable: KUAIDI100_STATUS_CODE_TABLE,
    coarseTable: KUAIDI100_STATE_TABLE,
    familyOf: kuaidi100Family,
  });
  // Keep what the carrier actually sent ("签收"), not our translation of it.
  if (detailed === undefined && coarseText !== undefined) mapping.rawCode = coarseText;
  return mapping;
}
