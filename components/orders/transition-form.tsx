"use client";
import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { NativeSelect } from "@/components/ui/native-select";
import type { ActionResult } from "@/lib/server/action";

type Action = (prev: ActionResult<{ status: string }> | null, form: FormData) => Promise<ActionResult<{ status: string }>>;

export function TransitionForm(props: { action: Action; options: { value: string; label: string }[]; text: { move: string; reason: string; done: string } }) {
  const [state, formAction, pending] = useActionState(props.action, null);
  return (
    <form action={formAction} className="space-y-3">
      <div className="grid gap-3 sm:grid-cols-[1fr_2fr_auto] sm:items-end">
        <div className="space-y-1.5">
          <Label htmlFor="to">{props.text.move}</Label>
          <NativeSelect id="to" name="to" required>
            {props.options.map((o) => (
              <option key={o.value} value={o.value}>{o.label}</option>
            ))}
          </NativeSelect>
        </div>
        <div className="space-y-1.5">
          <Label htmlFor="reason">{props.text.reason}</Label>
          <Input id="reason" name="reason" maxLength={500} />
        </div>
        <Button type="submit" loading={pending}>{props.text.move}</Button>
      </div>
      {state && !state.ok ? <Alert variant="destructive">{state.message}</Alert> : null}
      {state?.ok ? <Alert variant="success">{props.text.done}</Alert> : null}
    </form>
  );
}
