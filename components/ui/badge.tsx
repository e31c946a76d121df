import * as React from "react";
import { cva, type VariantProps } from "class-variance-authority";
import { cn } from "./cn";

/**
 * Status tones (map order/shipment states to these in domain code):
 *   neutral – created/pending states, info – in progress/in transit,
 *   success – delivered/signed, warning – awaiting action/delayed,
 *   danger – exception/failed/rejected, muted – cancelled/closed/archived.
 */
export const badgeVariants = cva(
  [
    "inline-flex w-fit shrink-0 items-center gap-1 whitespace-nowrap rounded-full border px-2 py-0.5",
    "text-xs leading-4 font-medium",
    "[&>svg]:pointer-events-none [&>svg]:size-3",
    "focus-visible:outline-none focus-visible:ring-[3px] focus-visible:ring-ring/50",
  ],
  {
    variants: {
      variant: {
        default: "border-transparent bg-primary text-primary-foreground",
        secondary: "border-transparent bg-secondary text-secondary-foreground",
        outline: "border-border bg-transparent text-foreground",
        neutral: "border-foreground/10 bg-neutral-soft text-neutral-soft-foreground",
        info: "border-info/25 bg-info-soft text-info-soft-foreground",
        success: "border-success/25 bg-success-soft text-success-soft-foreground",
        warning: "border-warning/40 bg-warning-soft text-warning-soft-foreground",
        danger: "border-destructive/25 bg-destructive-soft text-destructive-soft-foreground",
        muted: "border-transparent bg-muted text-muted-foreground",
      },
    },
    defaultVariants: { variant: "neutral" },
  },
);

const dotColors: Record<NonNullable<BadgeVariant>, string> = {
  default: "bg-primary-foreground",
  secondary: "bg-secondary-foreground",
  outline: "bg-foreground",
  neutral: "bg-neutral-soft-foreground/60",
  info: "bg-info",
  success: "bg-success",
  warning: "bg-warning",
  danger: "bg-destructive",
  muted: "bg-muted-foreground/60",
};

export type BadgeVariant = VariantProps<typeof badgeVariants>["variant"];

export type BadgeProps = React.ComponentProps<"span"> &
  VariantProps<typeof badgeVariants> & {
    /** Show a small leading status dot. Text must still carry the meaning. */
    dot?: boolean;
  };

export function Badge({ className, variant, dot = false, children, ...props }: BadgeProps) {
  return (
    <span data-slot="badge" className={cn(badgeVariants({ variant }), className)} {...props}>
      {dot ? (
        <span aria-hidden className={cn("size-1.5 shrink-0 rounded-full", dotColors[variant ?? "neutral"])} />
      ) : null}
      {children}
    </span>
  );
}
