import * as React from "react";
import { Inbox, type LucideIcon } from "lucide-react";
import { cn } from "./cn";

export type EmptyStateProps = Omit<React.ComponentProps<"div">, "title"> & {
  /** A lucide icon component (e.g. `icon={PackageSearch}`) or any node. Default: Inbox. `null` hides it. */
  icon?: LucideIcon | React.ReactNode;
  title: React.ReactNode;
  description?: React.ReactNode;
  /** Call to action (Button, Link). */
  action?: React.ReactNode;
  /** Title element; default "h3". */
  titleAs?: "h2" | "h3" | "h4" | "p";
  /** "sm" for use inside tables/cards. */
  size?: "sm" | "default";
};

function isComponent(icon: unknown): icon is LucideIcon {
  return (
    typeof icon === "function" ||
    (typeof icon === "object" && icon !== null && !React.isValidElement(icon) && "$$typeof" in icon)
  );
}

export function EmptyState({
  icon = Inbox,
  title,
  description,
  action,
  titleAs: Title = "h3",
  size = "default",
  className,
  children,
  ...props
}: EmptyStateProps) {
  const Icon = isComponent(icon) ? icon : null;
  return (
    <div
      data-slot="empty-state"
      className={cn(
        "flex flex-col items-center justify-center text-center",
        size === "sm" ? "gap-2 px-4 py-8" : "gap-3 px-6 py-14",
        className,
      )}
      {...props}
    >
      {icon ? (
        <div
          className={cn(
            "flex items-center justify-center rounded-full bg-muted text-muted-foreground",
            size === "sm" ? "size-10 [&_svg]:size-5" : "size-12 [&_svg]:size-6",
          )}
        >
          {Icon ? <Icon aria-hidden /> : (icon as React.ReactNode)}
        </div>
      ) : null}
      <div className="flex max-w-md flex-col gap-1">
        <Title className={cn("font-semibold text-foreground", size === "sm" ? "text-sm" : "text-base")}>{title}</Title>
        {description ? <p className="text-sm text-muted-foreground">{description}</p> : null}
      </div>
      {action ? <div className="mt-1 flex flex-wrap items-center justify-center gap-2">{action}</div> : null}
      {children}
    </div>
  );
}
