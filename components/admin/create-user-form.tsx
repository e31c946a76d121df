"use client";
import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { NativeSelect } from "@/components/ui/native-select";
import type { ActionResult } from "@/lib/server/action";

type Action = (prev: ActionResult<{ email: string }> | null, form: FormData) => Promise<ActionResult<{ email: string }>>;

export function CreateUserForm(props: { action: Action; roles: { value: string; label: string }[]; text: Record<"email" | "name" | "role" | "password" | "create" | "created", string> }) {
  const [state, formAction, pending] = useActionState(props.action, null);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <form action={formAction} className="space-y-3">
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        <Field label={props.text.email} error={errors?.email}><Input name="email" type="email" required /></Field>
        <Field label={props.text.name} error={errors?.name}><Input name="name" required /></Field>
        <Field label={props.text.role} error={errors?.role}>
          <NativeSelect name="role" defaultValue="WAREHOUSE">
            {props.roles.map((r) => <option key={r.value} value={r.value}>{r.label}</option>)}
          </NativeSelect>
        </Field>
        <Field label={props.text.password} error={errors?.password}><Input name="password" type="password" minLength={10} required autoComplete="new-password" /></Field>
      </div>
      <Button type="submit" loading={pending}>{props.text.create}</Button>
      {state && !state.ok && !errors ? <Alert variant="destructive">{state.message}</Alert> : null}
      {state?.ok ? <Alert variant="success">{props.text.created}: {state.data.email}</Alert> : null}
    </form>
  );
}
