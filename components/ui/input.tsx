import * as React from "react";
import { cn } from "./cn";

/** Shared look of text-like controls (Input, Textarea, NativeSelect, SelectTrigger). */
export const controlClassName = cn(
  "w-full min-w-0 rounded-md border border-input bg-card text-sm text-foreground shadow-xs",
  "transition-[color,border-color,box-shadow] outline-none",
  "placeholder:text-muted-foreground/80",
  "focus-visible:border-ring focus-visible:ring-[3px] focus-visible:ring-ring/30",
  "disabled:cursor-not-allowed disabled:bg-muted disabled:opacity-60",
  "aria-invalid:border-destructive aria-invalid:focus-visible:ring-destructive/25",
);

export type InputProps = React.ComponentProps<"input">;

export function Input({ className, type = "text", ...props }: InputProps) {
  return (
    <input
      data-slot="input"
      type={type}
      className={cn(
        controlClassName,
        "h-9 px-3 py-1",
        "file:mr-3 file:border-0 file:bg-transparent file:text-sm file:font-medium file:text-foreground",
        "read-only:bg-muted/50",
        className,
      )}
      {...props}
    />
  );
}
