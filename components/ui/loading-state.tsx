import * as React from "react";
import { cn } from "./cn";
import { Skeleton } from "./skeleton";
import { Spinner } from "./spinner";

// Deterministic widths (no Math.random → no hydration mismatch).
const WIDTHS = ["w-4/5", "w-3/5", "w-11/12", "w-2/3", "w-1/2", "w-3/4"] as const;

export type TableSkeletonRowsProps = {
  rows?: number;
  columns?: number;
  /** Extra classes per <td>. */
  cellClassName?: string;
};

/** Placeholder <tr> rows to put inside an existing <TBody> while data loads. */
export function TableSkeletonRows({ rows = 5, columns = 4, cellClassName }: TableSkeletonRowsProps) {
  return (
    <>
      {Array.from({ length: rows }, (_, r) => (
        <tr key={r} data-slot="table-skeleton-row" aria-hidden>
          {Array.from({ length: columns }, (_, c) => (
            <td key={c} className={cn("border-b px-3 py-3", cellClassName)}>
              <Skeleton className={cn("h-4", WIDTHS[(r * 3 + c * 5) % WIDTHS.length])} />
            </td>
          ))}
        </tr>
      ))}
    </>
  );
}

export type LoadingStateProps = Omit<React.ComponentProps<"div">, "children"> & {
  /** Visible + announced text, e.g. "加载中…". Falls back to a screen-reader-only "Loading…". */
  label?: React.ReactNode;
  /** "spinner" (default): centered spinner + label. "table": a skeleton table. */
  variant?: "spinner" | "table";
  /** For variant="table". */
  rows?: number;
  /** For variant="table". */
  columns?: number;
  size?: "sm" | "default";
};

/**
 * Loading placeholder (role="status", aria-busy). Use in loading.tsx, Suspense fallbacks,
 * or while a client query is pending.
 */
export function LoadingState({
  label,
  variant = "spinner",
  rows = 6,
  columns = 5,
  size = "default",
  className,
  ...props
}: LoadingStateProps) {
  if (variant === "table") {
    return (
      <div
        data-slot="loading-state"
        role="status"
        aria-busy
        className={cn("w-full overflow-hidden rounded-lg border bg-card", className)}
        {...props}
      >
        <span className="sr-only">{label ?? "Loading…"}</span>
        <table className="w-full border-separate border-spacing-0" aria-hidden>
          <thead>
            <tr>
              {Array.from({ length: columns }, (_, c) => (
                <th key={c} className="h-10 border-b bg-muted px-3">
                  <Skeleton className="h-3 w-16" />
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="[&>tr:last-child>td]:border-b-0">
            <TableSkeletonRows rows={rows} columns={columns} />
          </tbody>
        </table>
      </div>
    );
  }

  return (
    <div
      data-slot="loading-state"
      role="status"
      aria-busy
      aria-live="polite"
      className={cn(
        "flex items-center justify-center gap-2.5 text-sm text-muted-foreground",
        size === "sm" ? "py-6" : "py-14",
        className,
      )}
      {...props}
    >
      <Spinner size={size === "sm" ? "default" : "lg"} className="text-primary" />
      {label ? <span>{label}</span> : <span className="sr-only">Loading…</span>}
    </div>
  );
}
