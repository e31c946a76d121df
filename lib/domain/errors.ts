// Typed errors thrown by domain and service code. Only lib/server/http.ts and lib/server/action.ts turn them
// into responses, so every caller gets the same status codes and shapes.
export class DomainError extends Error {
  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}

export class NotFoundError extends DomainError {
  constructor(public readonly entity: string, public readonly key?: string) {
    super(key ? `${entity} ${key} not found` : `${entity} not found`);
  }
}

export class UnauthenticatedError extends DomainError {
  constructor(message = "Authentication required") {
    super(message);
  }
}

export class ForbiddenError extends DomainError {
  constructor(public readonly permission: string) {
    super(`Not allowed: ${permission}`);
  }
}

export class ConflictError extends DomainError {
  constructor(message: string, public readonly details: Record<string, unknown> = {}) {
    super(message);
  }
}

export class InvalidTransitionError extends DomainError {
  constructor(public readonly from: string, public readonly to: string, public readonly allowed: string[]) {
    super(`Cannot move order from ${from} to ${to}; allowed: ${allowed.length ? allowed.join(", ") : "none (final state)"}`);
  }
}

export class ValidationError extends DomainError {
  constructor(message: string, public readonly fieldErrors: Record<string, string[]> = {}) {
    super(message);
  }
}

export class RateLimitedError extends DomainError {
  constructor(public readonly retryAfterSeconds: number) {
    super(`Too many attempts; try again in ${retryAfterSeconds} s`);
  }
}
