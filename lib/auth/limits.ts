/** Longest password accepted; anything longer is refused before hashing. */
export const PASSWORD_MAX = 128;
