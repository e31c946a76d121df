// Configuration values that are JSON documents: parsed, then checked by `schema`, with one readable error.
import { z } from "zod";

export function jsonEnv<T extends z.ZodType>(schema: T, example: string) {
  return z
    .string()
    .trim()
    .transform((text, ctx) => {
      try {
        return JSON.parse(text) as unknown;
      } catch {
        ctx.addIssue({ code: "custom", message: `must be JSON, e.g. ${example}` });
        return z.NEVER;
      }
    })
    .pipe(schema);
}
