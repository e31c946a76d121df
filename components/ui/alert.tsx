import * as React from "react";
import { cva, type VariantProps } from "class-variance-authority";
import { CircleAlert, CircleCheck, Info, TriangleAlert, type LucideIcon } from "lucide-react";
import { cn } from "./cn";

export const alertVariants = cva(
  [
    "relative grid w-full grid-cols-[0_1fr] items-start gap-y-0.5 rounded-lg border px-4 py-3 text-sm",
    "has-[>svg]:grid-cols-[calc(var(--spacing)*4)_1fr] has-[>svg]:gap-x-3",
    "[&>svg]:size-4 [&>svg]:translate-y-0.5 [&>svg]:text-current",
  ],
  {
    variants: {
      variant: {
        info: "border-info/25 bg-info-soft text-info-soft-foreground",
        success: "border-success/25 bg-success-soft text-success-soft-foreground",
        warning: "border-warning/40 bg-warning-soft text-warning-soft-foreground",
        destructive: "border-destructive/25 bg-destructive-soft text-destructive-soft-foreground",
      },
    },
    defaultVariants: { variant: "info" },
  },
);

const defaultIcons: Record<NonNullable<AlertProps["variant"]>, LucideIcon> = {
  info: Info,
  success: CircleCheck,
  warning: TriangleAlert,
  destructive: CircleAlert,
};

export type AlertProps = React.ComponentProps<"div"> &
  VariantProps<typeof alertVariants> & {
    /** Icon element; defaults to the variant's icon. Pass `null` for none. */
    icon?: React.ReactNode;
  };

/**
 * Inline message. role="alert" for destructive (announced immediately), role="status" otherwise.
 * Override with the `role` prop if needed.
 */
export function Alert({ className, variant, icon, children, ...props }: AlertProps) {
  const v = variant ?? "info";
  const DefaultIcon = defaultIcons[v];
  return (
    <div
      data-slot="alert"
      data-variant={v}
      role={v === "destructive" ? "alert" : "status"}
      className={cn(alertVariants({ variant: v }), className)}
      {...props}
    >
      {icon === undefined ? <DefaultIcon aria-hidden /> : icon}
      {children}
    </div>
  );
}

export function AlertTitle({ className, ...props }: React.ComponentProps<"div">) {
  return (
    <div data-slot="alert-title" className={cn("col-start-2 leading-5 font-semibold", className)} {...props} />
  );
}

export function AlertDescription({ className, ...props }: React.ComponentProps<"div">) {
  return (
    <div
      data-slot="alert-description"
      className={cn("col-start-2 text-sm leading-relaxed opacity-90 [&_p]:leading-relaxed", className)}
      {...props}
    />
  );
}
