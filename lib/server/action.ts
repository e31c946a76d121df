import "server-only";
// The one place that turns typed errors into server-action results for forms (useActionState).
import { ConflictError, DomainError, ForbiddenError, InvalidTransitionError, NotFoundError, UnauthenticatedError, ValidationError } from "@/lib/domain/errors";
import { log } from "./log";
import { CarrierApiError } from "@/lib/carriers/push-errors";

export type ActionResult<T = undefined> =
  | { ok: true; data: T; message?: string }
  | { ok: false; message: string; fieldErrors?: Record<string, string[]> };

export async function runAction<T>(fn: () => Promise<T>, requestId = crypto.randomUUID()): Promise<ActionResult<T>> {
  try {
    return { ok: true, data: await fn() };
  } catch (error) {
    if (error instanceof ValidationError) return { ok: false, message: error.message, fieldErrors: error.fieldErrors };
    if (error instanceof UnauthenticatedError) return { ok: false, message: "Your session expired; sign in again." };
    if (error instanceof ForbiddenError) return { ok: false, message: "Your role is not allowed to do this." };
    if (error instanceof InvalidTransitionError || error instanceof ConflictError || error instanceof NotFoundError || error instanceof DomainError) {
      return { ok: false, message: error.message };
    }
    if (error instanceof CarrierApiError) {
      log("warn", "carrier API failed", { requestId, provider: error.provider, code: error.code });
      return { ok: false, message: `${error.provider} did not answer properly (${error.code}); try again in a moment.` };
    }
    log("error", "server action failed", { requestId, error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) });
    return { ok: false, message: `Something went wrong; reference ${requestId}` };
  }
}
