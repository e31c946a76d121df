import * as React from "react";
import { cn } from "./cn";

/** Keyboard key hint, e.g. <Kbd>Ctrl</Kbd>+<Kbd>K</Kbd> or <Kbd>Enter</Kbd>. */
export function Kbd({ className, ...props }: React.ComponentProps<"kbd">) {
  return (
    <kbd
      data-slot="kbd"
      className={cn(
        "inline-flex h-5 min-w-5 items-center justify-center rounded border border-b-2 bg-muted px-1",
        "font-mono text-[11px] leading-none font-medium text-muted-foreground",
        className,
      )}
      {...props}
    />
  );
}
