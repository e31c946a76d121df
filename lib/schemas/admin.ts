import { z } from "zod";
import { ROLES } from "@/lib/domain/access/permissions";

export const createApiKeySchema = z.object({
  name: z.string().trim().min(2, "At least 2 characters").max(80, "At most 80 characters"),
  role: z.enum(ROLES),
});

export const createUserSchema = z.object({
  email: z.string().trim().toLowerCase().email("Enter a valid email"),
  name: z.string().trim().min(1, "Required").max(80),
  role: z.enum(ROLES),
  password: z.string().min(10, "At least 10 characters").max(200),
});
