import "server-only";
import { authorize, type Ctx } from "@/lib/server/auth/context";
import { db } from "@/lib/server/db/client";
import { countOrdersByStatus } from "@/lib/server/db/orders-repository";
import { ordersPerDay, parcelsByCarrier } from "@/lib/server/db/stats-repository";

export async function getOrderStats({ ctx, input }: { ctx: Ctx; input: { days: number; now?: Date } }) {
  authorize(ctx, "analytics:read");
  const since = new Date((input.now ?? new Date()).getTime() - input.days * 86_400_000);
  const [byStatus, daily, byCarrier] = await Promise.all([countOrdersByStatus(db()), ordersPerDay(db(), since), parcelsByCarrier(db(), since)]);
  return { byStatus, daily: fillMissingDays(daily, since, input.now ?? new Date()), byCarrier };
}

/** One point per calendar day (Asia/Shanghai), zero where nothing was ordered, so the time axis is honest. */
function fillMissingDays(daily: { day: string; orders: number }[], since: Date, now: Date) {
  const byDay = new Map(daily.map((d) => [d.day, d.orders]));
  const fmt = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai", year: "numeric", month: "2-digit", day: "2-digit" });
  const out: { day: string; orders: number }[] = [];
  for (let t = since.getTime(); t <= now.getTime() + 86_400_000; t += 86_400_000) {
    const day = fmt.format(new Date(t));
    if (out.at(-1)?.day !== day && day <= fmt.format(now)) out.push({ day, orders: byDay.get(day) ?? 0 });
  }
  return out;
}
