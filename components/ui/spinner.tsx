import * as React from "react";
import { LoaderCircle } from "lucide-react";
import { cn } from "./cn";

const spinnerSizes = {
  sm: "size-3.5",
  default: "size-4",
  lg: "size-6",
} as const;

export type SpinnerProps = Omit<React.ComponentProps<"svg">, "children"> & {
  size?: keyof typeof spinnerSizes;
  /**
   * Accessible label. When given, the spinner is announced (role="status");
   * without it the spinner is decorative (aria-hidden).
   */
  label?: string;
};

export function Spinner({ size = "default", label, className, ...props }: SpinnerProps) {
  return (
    <LoaderCircle
      data-slot="spinner"
      role={label ? "status" : undefined}
      aria-label={label}
      aria-hidden={label ? undefined : true}
      className={cn("inline-block shrink-0 animate-spin align-[-0.125em] text-current", spinnerSizes[size], className)}
      {...props}
    />
  );
}
