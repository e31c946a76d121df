import * as React from "react";
import { cn } from "./cn";
import { controlClassName } from "./input";

export type TextareaProps = React.ComponentProps<"textarea">;

export function Textarea({ className, rows = 3, ...props }: TextareaProps) {
  return (
    <textarea
      data-slot="textarea"
      rows={rows}
      className={cn(controlClassName, "min-h-16 px-3 py-2 leading-relaxed field-sizing-content", className)}
      {...props}
    />
  );
}
