import { expect } from "vitest";
import { DomainError, type FieldErrors } from "@/lib/errors";

/** Runs `fn`, expects a DomainError and returns it for further checks. */
export async function expectDomainError(fn: () => Promise<unknown>, code?: string): Promise<DomainError> {
  try {
    await fn();
  } catch (e) {
    expect(e).toBeInstanceOf(DomainError);
    if (code) expect((e as DomainError).code).toBe(code);
    return e as DomainError;
  }
  throw new Error("expected a DomainError, but nothing was thrown");
}

export async function expectFieldErrors(fn: () => Promise<unknown>): Promise<FieldErrors> {
  return (await expectDomainError(fn, "TIDAK_VALID")).fieldErrors;
}
