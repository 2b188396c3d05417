// The schema's enums (plain objects, safe in client components too).
export * from "@/prisma/generated/sqlite/enums";
