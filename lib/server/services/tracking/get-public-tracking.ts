import "server-only";
// The public tracking page's only data source: everything private is masked or left out here, in the service,
// so no page can leak more than this returns.
import { maskName, maskPhonesInText } from "@/lib/domain/privacy/mask";
import { ValidationError } from "@/lib/domain/errors";
import { db } from "@/lib/server/db/client";
import { findPublicTracking } from "@/lib/server/db/tracking-repository";
import { publicTrackingQuerySchema } from "@/lib/schemas/tracking";

export async function getPublicTracking({ input }: { input: { number: unknown } }) {
  const parsed = publicTrackingQuerySchema.safeParse(input);
  if (!parsed.success) throw new ValidationError("Invalid number", { number: parsed.error.issues.map((i) => i.message) });
  const found = await findPublicTracking(db(), parsed.data.number);
  if (!found) return null;
  return {
    orderStatus: found.status,
    recipient: maskName(found.customerName),
    destination: { province: found.province, city: found.city },
    promisedDeliveryAt: found.promisedDeliveryAt?.toISOString() ?? null,
    parcels: found.parcels.map((p) => ({
      carrier: p.carrier,
      trackingNumber: p.trackingNumber,
      status: p.status,
      subStatus: p.subStatus,
      events: p.events.map((e) => ({
        occurredAt: e.occurredAt.toISOString(),
        location: e.location,
        lng: e.lng,
        lat: e.lat,
        status: e.status,
        description: maskPhonesInText(e.description),
      })),
    })),
  };
}
export type PublicTracking = NonNullable<Awaited<ReturnType<typeof getPublicTracking>>>;
