"use client";
import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { NativeSelect } from "@/components/ui/native-select";
import type { ActionResult } from "@/lib/server/action";

type Action = (prev: ActionResult<{ key: string }> | null, form: FormData) => Promise<ActionResult<{ key: string }>>;

export function CreateApiKeyForm(props: { action: Action; roles: { value: string; label: string }[]; text: { name: string; role: string; create: string; created: string } }) {
  const [state, formAction, pending] = useActionState(props.action, null);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <form action={formAction} className="space-y-3">
      <div className="grid gap-3 sm:grid-cols-[2fr_1fr_auto] sm:items-start">
        <Field label={props.text.name} error={errors?.name}>
          <Input name="name" required maxLength={80} placeholder="ERP (金蝶 / 用友)" />
        </Field>
        <Field label={props.text.role} error={errors?.role}>
          <NativeSelect name="role" defaultValue="WAREHOUSE">
            {props.roles.map((r) => <option key={r.value} value={r.value}>{r.label}</option>)}
          </NativeSelect>
        </Field>
        <Button type="submit" loading={pending} className="sm:mt-6">{props.text.create}</Button>
      </div>
      {state && !state.ok && !errors ? <Alert variant="destructive">{state.message}</Alert> : null}
      {state?.ok ? (
        <Alert variant="success">
          {props.text.created} <code data-testid="new-api-key" className="block break-all font-mono text-sm select-all">{state.data.key}</code>
        </Alert>
      ) : null}
    </form>
  );
}
