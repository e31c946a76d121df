"use client";
import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import type { ActionResult } from "@/lib/server/action";

type Action = (prev: ActionResult<{ secret: string }> | null, form: FormData) => Promise<ActionResult<{ secret: string }>>;

export function CreateWebhookForm(props: { action: Action; eventTypes: readonly string[]; text: Record<"name" | "url" | "events" | "create" | "created", string> }) {
  const [state, formAction, pending] = useActionState(props.action, null);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <form action={formAction} className="space-y-3">
      <div className="grid gap-3 sm:grid-cols-2">
        <Field label={props.text.name} error={errors?.name}><Input name="name" required placeholder="ERP 金蝶云星空" /></Field>
        <Field label={props.text.url} error={errors?.url}><Input name="url" type="url" required placeholder="https://erp.example.com/hooks/shiplane" /></Field>
      </div>
      <fieldset className="space-y-1.5">
        <legend className="text-sm font-medium">{props.text.events}</legend>
        <div className="flex flex-wrap gap-x-4 gap-y-1">
          {props.eventTypes.map((type) => (
            <label key={type} className="flex items-center gap-1.5 font-mono text-xs">
              <input type="checkbox" name="eventTypes" value={type} className="size-4 accent-primary" /> {type}
            </label>
          ))}
        </div>
      </fieldset>
      <Button type="submit" loading={pending}>{props.text.create}</Button>
      {state && !state.ok && !errors ? <Alert variant="destructive">{state.message}</Alert> : null}
      {state?.ok ? <Alert variant="success">{props.text.created} <code className="block break-all font-mono text-sm select-all">{state.data.secret}</code></Alert> : null}
    </form>
  );
}
