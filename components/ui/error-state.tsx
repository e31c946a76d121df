import * as React from "react";
import { TriangleAlert } from "lucide-react";
import { cn } from "./cn";

export type ErrorStateProps = Omit<React.ComponentProps<"div">, "title"> & {
  /** Short heading, e.g. "加载失败 Failed to load". */
  title?: React.ReactNode;
  /** What went wrong, in user terms. */
  message: React.ReactNode;
  /** Retry slot, e.g. <Button variant="outline" onClick={reset}>重试</Button>. */
  action?: React.ReactNode;
  /** Small monospace detail (error digest / request id) for support tickets. */
  details?: React.ReactNode;
  size?: "sm" | "default";
};

/** Failure placeholder for a page/section/table (role="alert"). Server-safe; works in error.tsx. */
export function ErrorState({
  title,
  message,
  action,
  details,
  size = "default",
  className,
  children,
  ...props
}: ErrorStateProps) {
  return (
    <div
      data-slot="error-state"
      role="alert"
      className={cn(
        "flex flex-col items-center justify-center text-center",
        size === "sm" ? "gap-2 px-4 py-8" : "gap-3 px-6 py-14",
        className,
      )}
      {...props}
    >
      <div
        className={cn(
          "flex items-center justify-center rounded-full bg-destructive-soft text-destructive",
          size === "sm" ? "size-10 [&_svg]:size-5" : "size-12 [&_svg]:size-6",
        )}
      >
        <TriangleAlert aria-hidden />
      </div>
      <div className="flex max-w-md flex-col gap-1">
        {title ? (
          <p className={cn("font-semibold text-foreground", size === "sm" ? "text-sm" : "text-base")}>{title}</p>
        ) : null}
        <div className="text-sm text-muted-foreground">{message}</div>
        {details ? <div className="mt-1 font-code text-xs break-all text-muted-foreground/80">{details}</div> : null}
      </div>
      {action ? (
        <div data-print-hide className="mt-1 flex flex-wrap items-center justify-center gap-2">
          {action}
        </div>
      ) : null}
      {children}
    </div>
  );
}
