import * as React from "react";
import { cn } from "./cn";

/** Grey pulsing placeholder block; size it with className. Hidden from assistive tech. */
export function Skeleton({ className, ...props }: React.ComponentProps<"div">) {
  return (
    <div
      data-slot="skeleton"
      aria-hidden
      className={cn("animate-pulse rounded-md bg-muted-foreground/12", className)}
      {...props}
    />
  );
}
