import "server-only";
// Subscriptions created before signing secrets were sealed still hold them in plain text; seal them in place.
// Deliveries read both forms, so this can run at any time, on any instance, any number of times.
import { db } from "@/lib/server/db/client";
import { listUnsealedSubscriptionSecrets, replaceSubscriptionSecret } from "@/lib/server/db/webhook-repository";
import { SEALED_PREFIX, sealSecret } from "@/lib/server/secrets/sealed-secret";

export async function sealWebhookSecrets(): Promise<number> {
  let sealed = 0;
  for (const s of await listUnsealedSubscriptionSecrets(db(), SEALED_PREFIX)) {
    sealed += (await replaceSubscriptionSecret(db(), s.id, s.secret, sealSecret(s.secret))).count;
  }
  return sealed;
}
