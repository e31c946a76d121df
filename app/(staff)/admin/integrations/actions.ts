"use server";
import { revalidatePath } from "next/cache";
import { sessionCtx } from "@/lib/server/auth/session";
import { runAction, type ActionResult } from "@/lib/server/action";
import { createWebhook, replayWebhookDelivery, setWebhookActive } from "@/lib/server/services/webhooks/manage-webhooks";

export async function createWebhookAction(_prev: ActionResult<{ secret: string }> | null, form: FormData) {
  const ctx = await sessionCtx();
  const result = await runAction(async () => {
    const { secret } = await createWebhook({ ctx, input: { name: form.get("name"), url: form.get("url"), eventTypes: form.getAll("eventTypes").map(String) } });
    return { secret };
  }, ctx.requestId);
  if (result.ok) revalidatePath("/admin/integrations");
  return result;
}

export async function toggleWebhookAction(form: FormData): Promise<void> {
  const ctx = await sessionCtx();
  await runAction(() => setWebhookActive({ ctx, input: { id: String(form.get("id")), active: form.get("active") === "true" } }), ctx.requestId);
  revalidatePath("/admin/integrations");
}

export async function replayDeliveryAction(form: FormData): Promise<void> {
  const ctx = await sessionCtx();
  await runAction(() => replayWebhookDelivery({ ctx, input: { id: String(form.get("id")) } }), ctx.requestId);
  revalidatePath("/admin/integrations");
}
