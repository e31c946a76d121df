import * as React from "react";
import { cn } from "./cn";

export type LabelProps = React.ComponentProps<"label">;

/** Native <label> (server-safe). Dims automatically when its peer/group control is disabled. */
export function Label({ className, ...props }: LabelProps) {
  return (
    <label
      data-slot="label"
      className={cn(
        "inline-flex items-center gap-1.5 text-sm leading-none font-medium text-foreground select-none",
        "peer-disabled:cursor-not-allowed peer-disabled:opacity-60 group-data-[disabled=true]:opacity-60",
        className,
      )}
      {...props}
    />
  );
}
