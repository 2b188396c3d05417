// The length limits of the follow-up forms: the server's schemas (inputs.ts) and the counters the forms
// show before submitting read the same numbers.
export const FOLLOW_UP_LIMITS = { response: 4000, notes: 2000, text: 2000, official: 200 } as const;
