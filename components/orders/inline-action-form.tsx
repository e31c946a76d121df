"use client";
// A small form bound to a server action, showing the action's error or success message next to it.
import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import type { ActionResult } from "@/lib/server/action";

type Action = (prev: ActionResult<{ reason: string }> | null, form: FormData) => Promise<ActionResult<{ reason: string }>>;

export interface InlineField {
  name: string;
  label: string;
  placeholder?: string;
  hidden?: string;
  required?: boolean;
}

export function InlineActionForm(props: {
  action: Action;
  submit: string;
  fields?: InlineField[];
  variant?: "default" | "outline" | "destructive";
  testId?: string;
  /** Focus the submit button: scan an order, press Enter again to act. */
  autoFocus?: boolean;
  /** Opened in a new tab after success (e.g. the label print view). */
  openOnSuccess?: string;
}) {
  // Open the follow-up right when the action succeeds: the page re-renders after it and may unmount this form.
  const [state, formAction, pending] = useActionState(async (prev: Parameters<Action>[0], form: FormData) => {
    const result = await props.action(prev, form);
    if (result.ok && props.openOnSuccess && !window.open(props.openOnSuccess, "_blank")) window.location.assign(props.openOnSuccess);
    return result;
  }, null);
  return (
    <form action={formAction} className="space-y-2" data-testid={props.testId}>
      <div className="flex flex-wrap items-end gap-2">
        {props.fields?.map((f) =>
          f.hidden !== undefined ? (
            <input key={f.name} type="hidden" name={f.name} value={f.hidden} />
          ) : (
            <label key={f.name} className="flex min-w-48 flex-1 flex-col gap-1 text-sm">
              <span className="font-medium">{f.label}</span>
              <Input name={f.name} placeholder={f.placeholder} required={f.required ?? true} autoComplete="off" />
            </label>
          ),
        )}
        <Button type="submit" variant={props.variant ?? "default"} loading={pending} autoFocus={props.autoFocus}>{props.submit}</Button>
      </div>
      {state && !state.ok ? <Alert variant="destructive">{state.message}{state.fieldErrors ? ` — ${Object.values(state.fieldErrors).flat().join("; ")}` : ""}</Alert> : null}
      {state?.ok && state.data.reason ? <Alert variant="success">{state.data.reason}</Alert> : null}
    </form>
  );
}
