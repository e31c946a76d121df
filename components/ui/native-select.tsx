import * as React from "react";
import { ChevronDown } from "lucide-react";
import { cn } from "./cn";
import { controlClassName } from "./input";

export type NativeSelectProps = React.ComponentProps<"select"> & {
  /** Classes for the wrapping <div> (width, margins). `className` styles the <select>. */
  containerClassName?: string;
};

/**
 * Plain <select>, styled like Input. Works in server-rendered forms without JS.
 * Children are regular <option>/<optgroup> elements.
 */
export function NativeSelect({ className, containerClassName, multiple, ...props }: NativeSelectProps) {
  return (
    <div data-slot="native-select-wrapper" className={cn("relative w-full", containerClassName)}>
      <select
        data-slot="native-select"
        multiple={multiple}
        className={cn(
          controlClassName,
          "appearance-none",
          multiple ? "min-h-20 px-2 py-1" : "h-9 py-1 pr-9 pl-3",
          className,
        )}
        {...props}
      />
      {multiple ? null : (
        <ChevronDown
          aria-hidden
          className="pointer-events-none absolute top-1/2 right-3 size-4 -translate-y-1/2 text-muted-foreground"
        />
      )}
    </div>
  );
}
