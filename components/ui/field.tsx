import * as React from "react";
import { CircleAlert } from "lucide-react";
import { cn } from "./cn";
import { Label } from "./label";

/** Props Field wires onto its control (spread them onto the element in the render-prop form). */
export type FieldControlProps = {
  id: string;
  name?: string;
  "aria-describedby"?: string;
  "aria-invalid"?: true;
  "aria-required"?: true;
};

/** A field error as returned by server actions / zod `flatten().fieldErrors`. */
export type FieldErrorValue = string | readonly string[] | null | undefined;

export type FieldProps = Omit<React.ComponentProps<"div">, "children" | "id"> & {
  label: React.ReactNode;
  /** id for the control (else the child's own id, else a generated one). */
  id?: string;
  /** Passed to the control as `name` when given. */
  name?: string;
  description?: React.ReactNode;
  /** Error message(s); when non-empty the control gets aria-invalid and is described by them. */
  error?: FieldErrorValue;
  /** Visual "*" marker + aria-required. (Add native `required` on the control yourself if wanted.) */
  required?: boolean;
  /** "horizontal" puts the control before the label (checkboxes). */
  orientation?: "vertical" | "horizontal";
  labelClassName?: string;
  /**
   * Either one control element (Input, Textarea, NativeSelect, Checkbox…), which gets
   * id/name/aria-* merged in, or a render function receiving those props (e.g. for Radix
   * Select: `{(p) => <Select name="x"><SelectTrigger {...p}>…</SelectTrigger>…</Select>}`).
   */
  children: React.ReactElement | ((control: FieldControlProps) => React.ReactNode);
};

function toMessages(error: FieldErrorValue): string[] {
  if (!error) return [];
  const list = typeof error === "string" ? [error] : [...error];
  return list.filter((m) => m.trim().length > 0);
}

function joinIds(...ids: Array<string | undefined | null | false>): string | undefined {
  const s = ids.filter(Boolean).join(" ");
  return s.length > 0 ? s : undefined;
}

/**
 * Label + control + description + error, wired for assistive tech:
 * label[for] → control id, control aria-describedby → description & error ids,
 * aria-invalid when there is an error. Server-component safe.
 */
export function Field({
  label,
  id,
  name,
  description,
  error,
  required,
  orientation = "vertical",
  labelClassName,
  className,
  children,
  ...props
}: FieldProps) {
  const generatedId = React.useId();
  const childProps: Record<string, unknown> =
    typeof children === "function" ? {} : ((children.props ?? {}) as Record<string, unknown>);
  const controlId = id ?? (typeof childProps.id === "string" ? childProps.id : `field-${generatedId}`);
  const descriptionId = description ? `${controlId}-description` : undefined;
  const messages = toMessages(error);
  const errorId = messages.length > 0 ? `${controlId}-error` : undefined;
  const isRequired = required ?? childProps.required === true;

  const controlProps: FieldControlProps = {
    id: controlId,
    ...(name !== undefined ? { name } : {}),
    "aria-describedby": joinIds(
      typeof childProps["aria-describedby"] === "string" ? childProps["aria-describedby"] : undefined,
      descriptionId,
      errorId,
    ),
    ...(errorId ? { "aria-invalid": true as const } : {}),
    ...(isRequired && childProps.required !== true ? { "aria-required": true as const } : {}),
  };

  const control =
    typeof children === "function"
      ? children(controlProps)
      : React.cloneElement(children as React.ReactElement<Record<string, unknown>>, controlProps);

  const labelNode = (
    <Label htmlFor={controlId} className={cn(orientation === "horizontal" && "font-normal", labelClassName)}>
      {label}
      {isRequired ? (
        <span aria-hidden className="text-destructive">
          *
        </span>
      ) : null}
    </Label>
  );

  const descriptionNode = description ? <FieldDescription id={descriptionId}>{description}</FieldDescription> : null;
  const errorNode = errorId ? <FieldError id={errorId} messages={messages} /> : null;

  if (orientation === "horizontal") {
    return (
      <div
        data-slot="field"
        data-orientation="horizontal"
        data-invalid={errorId ? "" : undefined}
        className={cn("grid grid-cols-[auto_1fr] items-start gap-x-2.5 gap-y-1", className)}
        {...props}
      >
        <div className="flex h-5 items-center">{control}</div>
        <div className="flex flex-col gap-1 pt-0.5">
          {labelNode}
          {descriptionNode}
          {errorNode}
        </div>
      </div>
    );
  }

  return (
    <div
      data-slot="field"
      data-orientation="vertical"
      data-invalid={errorId ? "" : undefined}
      className={cn("flex flex-col gap-1.5", className)}
      {...props}
    >
      {labelNode}
      {control}
      {descriptionNode}
      {errorNode}
    </div>
  );
}

export function FieldDescription({ className, ...props }: React.ComponentProps<"p">) {
  return (
    <p data-slot="field-description" className={cn("text-xs leading-relaxed text-muted-foreground", className)} {...props} />
  );
}

export type FieldErrorProps = React.ComponentProps<"div"> & {
  /** Messages to list; `children` is used instead when given. */
  messages?: FieldErrorValue;
};

/** Error text under a control. Renders nothing when there are no messages/children. */
export function FieldError({ className, messages, children, ...props }: FieldErrorProps) {
  const list = toMessages(messages);
  if (children == null && list.length === 0) return null;
  return (
    <div
      data-slot="field-error"
      className={cn("flex items-start gap-1.5 text-xs leading-relaxed font-medium text-destructive", className)}
      {...props}
    >
      <CircleAlert aria-hidden className="mt-[3px] size-3.5 shrink-0" />
      <div className="flex flex-col">
        {children ?? list.map((m, i) => <span key={i}>{m}</span>)}
      </div>
    </div>
  );
}
