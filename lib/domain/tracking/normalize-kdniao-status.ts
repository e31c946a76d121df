// Kdniao `State` (coarse) and `StateEx` / trace `Action` (detailed) → canonical status.
// Codes from Kdniao's published 物流状态 tables; the labels are theirs, verbatim.
import {
  cleanCode,
  resolveTwoLevelCode,
  type StatusMapping,
  type StatusTable,
} from "@/lib/domain/tracking/status-mapping";

export const KDNIAO_STATE_TABLE: StatusTable = {
  "0": { status: "pending", label: "暂无轨迹信息" },
  "1": { status: "in_transit", subStatus: "collected", label: "已揽收" },
  "2": { status: "in_transit", label: "在途中" },
  "3": { status: "delivered", label: "签收" },
  "4": { status: "exception", label: "问题件" },
  "5": { status: "in_transit", subStatus: "forwarded", label: "转寄" },
  "6": { status: "in_transit", subStatus: "customs", label: "清关" },
};

export const KDNIAO_STATE_EX_TABLE: StatusTable = {
  ...KDNIAO_STATE_TABLE,
  "10": { status: "info_received", label: "待揽件" },
  "201": { status: "in_transit", label: "到达派件城市" },
  "202": { status: "out_for_delivery", label: "派件中" },
  "204": { status: "in_transit", label: "到达转运中心" },
  "205": { status: "in_transit", label: "到达派件网点" },
  "206": { status: "in_transit", label: "寄件网点发件" },
  "211": { status: "available_for_pickup", subStatus: "delivered_to_locker", label: "已放入快递柜或驿站" },
  "301": { status: "delivered", label: "正常签收" },
  "302": { status: "delivered", label: "派件异常后最终签收" },
  "304": { status: "delivered", subStatus: "signed_by_agent", label: "代收签收" },
  "311": { status: "delivered", subStatus: "delivered_to_locker", label: "快递柜或驿站签收" },
  "401": { status: "exception", subStatus: "no_update", label: "发货无信息" },
  "402": { status: "exception", subStatus: "delayed", label: "超时未签收" },
  "403": { status: "exception", subStatus: "no_update", label: "超时未更新" },
  "404": { status: "exception", subStatus: "refused", label: "拒收(退件)" },
  "405": { status: "attempt_fail", label: "派件异常" },
  "406": { status: "exception", subStatus: "returned_to_sender", label: "退货签收" },
  "407": { status: "exception", subStatus: "returning", label: "退货未签收" },
  "412": { status: "exception", subStatus: "pickup_overdue", label: "快递柜或驿站超时未取" },
  "413": { status: "exception", subStatus: "intercepted", label: "单号已拦截" },
  "414": { status: "exception", subStatus: "damaged", label: "破损" },
  "415": { status: "exception", subStatus: "cancelled", label: "客户取消发货" },
  "416": { status: "attempt_fail", subStatus: "recipient_unreachable", label: "无法联系" },
  "417": { status: "exception", subStatus: "delayed", label: "配送延迟" },
  "418": { status: "delivered", subStatus: "picked_up_from_locker", label: "快件取出" },
  "419": { status: "out_for_delivery", label: "重新派送" },
  "420": { status: "exception", subStatus: "address_problem", label: "收货地址不详细" },
  "421": { status: "exception", subStatus: "address_problem", label: "收件人电话错误" },
  "422": { status: "exception", subStatus: "missorted", label: "错分件" },
  "423": { status: "exception", subStatus: "address_problem", label: "超区件" },
  "601": { status: "in_transit", subStatus: "customs", label: "待清关" },
  "602": { status: "in_transit", subStatus: "customs", label: "清关中" },
  "603": { status: "in_transit", subStatus: "customs_cleared", label: "已清关" },
  "604": { status: "exception", subStatus: "customs", label: "清关异常" },
};

/** Three-digit StateEx codes refine the State named by their first digit (41x → 问题件 4). */
function kdniaoFamily(stateEx: string): string | undefined {
  return /^\d{3}$/.test(stateEx) ? stateEx[0] : undefined;
}

/**
 * @param state `State`
 * @param stateEx `StateEx` for a parcel, or a trace's `Action`; preferred when known
 */
export function normalizeKdniao(
  state: string | number | null | undefined,
  stateEx?: string | number | null,
): StatusMapping {
  return resolveTwoLevelCode({
    detailed: cleanCode(stateEx),
    coarse: cleanCode(state),
    detailedTable: KDNIAO_STATE_EX_TABLE,
    coarseTable: KDNIAO_STATE_TABLE,
    familyOf: kdniaoFamily,
  });
}
