// Recognising database errors both providers report the same way.

/** A unique constraint was violated (Prisma P2002); `target` names the field(s) when known. */
export function uniqueViolation(error: unknown): { fields: string[] } | null {
  const e = error as { code?: string; meta?: { target?: unknown; driverAdapterError?: { cause?: { constraint?: { fields?: string[] } } } } };
  if (e?.code !== "P2002") return null;
  const target = e.meta?.target;
  const fields = Array.isArray(target)
    ? target.map(String)
    : typeof target === "string"
      ? [target]
      : (e.meta?.driverAdapterError?.cause?.constraint?.fields ?? []);
  return { fields: fields.map((f) => f.replace(/^"|"$/g, "")) };
}
