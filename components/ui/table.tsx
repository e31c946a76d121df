import * as React from "react";
import { cn } from "./cn";

export type TableProps = React.ComponentProps<"table"> & {
  /**
   * Keep the header row visible while scrolling. The header sticks inside the
   * table's own scroll container, so give it a height via `containerClassName`
   * (e.g. "max-h-[70vh]").
   */
  stickyHeader?: boolean;
  /** Classes for the scroll container <div> that wraps the <table>. */
  containerClassName?: string;
};

export function Table({ className, containerClassName, stickyHeader = false, ...props }: TableProps) {
  return (
    <div
      data-slot="table-container"
      className={cn("relative w-full overflow-auto rounded-lg border bg-card", containerClassName)}
    >
      <table
        data-slot="table"
        data-sticky-header={stickyHeader ? "" : undefined}
        className={cn(
          "w-full caption-bottom border-separate border-spacing-0 text-sm",
          stickyHeader && "[&_thead_th]:sticky [&_thead_th]:top-0 [&_thead_th]:z-10",
          className,
        )}
        {...props}
      />
    </div>
  );
}

export function THead({ className, ...props }: React.ComponentProps<"thead">) {
  return <thead data-slot="table-header" className={cn("[&_th]:bg-muted", className)} {...props} />;
}

export function TBody({ className, ...props }: React.ComponentProps<"tbody">) {
  return (
    <tbody
      data-slot="table-body"
      className={cn("[&>tr:last-child>td]:border-b-0", className)}
      {...props}
    />
  );
}

export function TFoot({ className, ...props }: React.ComponentProps<"tfoot">) {
  return (
    <tfoot
      data-slot="table-footer"
      className={cn("bg-muted/60 font-medium [&_td]:border-t [&_td]:border-b-0", className)}
      {...props}
    />
  );
}

export function TR({ className, ...props }: React.ComponentProps<"tr">) {
  return (
    <tr
      data-slot="table-row"
      className={cn(
        "transition-colors [tbody>&]:hover:bg-muted/50 data-[state=selected]:bg-accent/70",
        className,
      )}
      {...props}
    />
  );
}

type CellExtras = {
  /** Right-align with tabular digits (counts, weights, money). */
  numeric?: boolean;
};

export function TH({ className, numeric = false, scope = "col", ...props }: React.ComponentProps<"th"> & CellExtras) {
  return (
    <th
      data-slot="table-head"
      scope={scope}
      className={cn(
        "h-10 border-b px-3 text-left align-middle text-xs font-medium whitespace-nowrap text-muted-foreground",
        "[&:has([role=checkbox])]:w-10 [&:has([role=checkbox])]:pr-0",
        numeric && "text-right",
        className,
      )}
      {...props}
    />
  );
}

export function TD({ className, numeric = false, ...props }: React.ComponentProps<"td"> & CellExtras) {
  return (
    <td
      data-slot="table-cell"
      className={cn(
        "border-b px-3 py-2.5 align-middle",
        "[&:has([role=checkbox])]:pr-0",
        numeric && "text-right tabular-nums",
        className,
      )}
      {...props}
    />
  );
}

export function TableCaption({ className, ...props }: React.ComponentProps<"caption">) {
  return (
    <caption
      data-slot="table-caption"
      className={cn("px-3 py-3 text-sm text-muted-foreground", className)}
      {...props}
    />
  );
}
