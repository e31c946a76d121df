"use server";
import { revalidatePath } from "next/cache";
import { sessionCtx } from "@/lib/server/auth/session";
import { runAction, type ActionResult } from "@/lib/server/action";
import { createApiKey, revokeApiKey } from "@/lib/server/services/api-keys/manage-api-keys";
import { createUser } from "@/lib/server/services/users/manage-users";

export async function createApiKeyAction(_prev: ActionResult<{ key: string }> | null, form: FormData) {
  const ctx = await sessionCtx();
  const result = await runAction(async () => {
    const { key } = await createApiKey({ ctx, input: { name: form.get("name"), role: form.get("role") } });
    return { key };
  }, ctx.requestId);
  if (result.ok) revalidatePath("/admin");
  return result;
}

export async function revokeApiKeyAction(form: FormData): Promise<void> {
  const ctx = await sessionCtx();
  await runAction(() => revokeApiKey({ ctx, input: { id: String(form.get("id") ?? "") } }), ctx.requestId);
  revalidatePath("/admin");
}

export async function createUserAction(_prev: ActionResult<{ email: string }> | null, form: FormData) {
  const ctx = await sessionCtx();
  const result = await runAction(async () => {
    const user = await createUser({ ctx, input: Object.fromEntries(form) });
    return { email: user.email };
  }, ctx.requestId);
  if (result.ok) revalidatePath("/admin");
  return result;
}
