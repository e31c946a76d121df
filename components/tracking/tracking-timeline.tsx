import { CheckCircle2, Circle, Truck } from "lucide-react";
import { cn } from "@/components/ui/cn";
import { formatDateTime } from "@/components/orders/format";
import { timeZoneLabel } from "@/lib/i18n/time-zone";

export interface TimelineEvent {
  occurredAt: string;
  location: string | null;
  status: string;
  description: string;
}

/** Checkpoints newest first, their times in the viewer's zone, which the caption names (e.g. "Times in …"). */
export function TrackingTimeline({ events, locale, timeZone, zoneCaption, emptyText }: { events: TimelineEvent[]; locale: string; timeZone: string; zoneCaption: string; emptyText: string }) {
  if (events.length === 0) return <p className="flex items-center gap-2 text-sm text-muted-foreground"><Truck aria-hidden className="size-4" />{emptyText}</p>;
  return (
    <div className="space-y-3">
      <ol className="relative space-y-5 border-l border-border pl-6" data-testid="tracking-timeline">
        {events.map((e, i) => {
          const Icon = e.status === "delivered" ? CheckCircle2 : Circle;
          return (
            <li key={`${e.occurredAt}-${i}`} className="relative">
              <Icon aria-hidden className={cn("absolute top-0.5 -left-[33px] size-4 bg-card", i === 0 ? "text-primary" : "text-muted-foreground")} />
              <p className={cn("text-sm", i === 0 ? "font-medium text-foreground" : "text-muted-foreground")}>{e.description}</p>
              <p className="text-xs text-muted-foreground tabular-nums">
                {formatDateTime(e.occurredAt, locale, timeZone)}{e.location ? ` · ${e.location}` : ""}
              </p>
            </li>
          );
        })}
      </ol>
      <p className="text-xs text-muted-foreground" data-testid="time-zone-caption">{zoneCaption}{timeZoneLabel(timeZone, locale)}</p>
    </div>
  );
}
