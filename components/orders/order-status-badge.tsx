import { Badge, type BadgeVariant } from "@/components/ui/badge";
import type { OrderStatus } from "@/lib/domain/orders/order-state-machine";

const TONE: Record<OrderStatus, BadgeVariant> = {
  pending_payment: "muted",
  paid: "info",
  picking: "info",
  packed: "info",
  shipped: "neutral",
  in_transit: "neutral",
  out_for_delivery: "warning",
  delivered: "success",
  completed: "success",
  cancelled: "muted",
  exception: "danger",
  returning: "warning",
  returned: "muted",
  refunded: "muted",
};

export function OrderStatusBadge({ status, label }: { status: OrderStatus; label: string }) {
  return (
    <Badge variant={TONE[status]} dot data-status={status}>
      {label}
    </Badge>
  );
}
