import * as React from "react";
import { cn } from "./cn";

export type PageHeaderProps = Omit<React.ComponentProps<"header">, "title"> & {
  title: React.ReactNode;
  description?: React.ReactNode;
  /** Right-aligned buttons; hidden when printing. */
  actions?: React.ReactNode;
  /** Small line above the title (breadcrumb, back link). Hidden when printing. */
  eyebrow?: React.ReactNode;
};

/** Top of a page: <h1> title, optional description and actions. `children` render below (tabs, filters). */
export function PageHeader({ title, description, actions, eyebrow, className, children, ...props }: PageHeaderProps) {
  return (
    <header data-slot="page-header" className={cn("flex flex-col gap-4 pb-6", className)} {...props}>
      {eyebrow ? (
        <div data-print-hide className="-mb-2 text-sm text-muted-foreground">
          {eyebrow}
        </div>
      ) : null}
      <div className="flex flex-col gap-3 sm:flex-row sm:items-start sm:justify-between">
        <div className="flex min-w-0 flex-col gap-1">
          <h1 className="text-2xl leading-tight font-semibold tracking-tight text-balance">{title}</h1>
          {description ? <p className="max-w-3xl text-sm text-muted-foreground">{description}</p> : null}
        </div>
        {actions ? (
          <div data-print-hide className="flex shrink-0 flex-wrap items-center gap-2">
            {actions}
          </div>
        ) : null}
      </div>
      {children}
    </header>
  );
}
