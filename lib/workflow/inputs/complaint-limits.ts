// The lengths a complaint's 5W+1H may have. A module without zod, so the
// public forms can show the limits (and count towards them) without carrying
// the validator to a phone; intake.ts builds its schema from the same numbers.
export const COMPLAINT_LIMITS = {
  title: 200,
  description: 10_000,
  reportedParty: 500,
  location: 500,
  occurredAt: 200,
  reason: 3000,
  manner: 3000,
  evidenceSummary: 2000,
} as const;
