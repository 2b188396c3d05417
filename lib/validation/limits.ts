// The length limit a form field's schema enforces, read from the schema itself,
// so the counter a form shows before submitting and the server's check are one
// number (docs/decisions/0014). zod's own JSON Schema export does the reading:
// it sees through optional(), transform() and pipes (the input side) and through
// a refine around the whole object; here only its answer is picked out.
import { z } from "zod";

interface JsonNode {
  maxLength?: number;
  anyOf?: JsonNode[];
  oneOf?: JsonNode[];
  allOf?: JsonNode[];
  properties?: Record<string, JsonNode>;
}

// A form is drawn many times with the same schema: its JSON Schema is made once.
const cache = new WeakMap<z.ZodType, JsonNode>();

function jsonOf(schema: z.ZodType): JsonNode {
  let json = cache.get(schema);
  if (!json) {
    // "any" for what JSON Schema cannot say (a transform's output, z.unknown() of a file field): no limit there.
    json = z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }) as JsonNode;
    cache.set(schema, json);
  }
  return json;
}

/** The largest maxLength a value may have: a choice between a limited string and "" counts the string's. */
function maxLengthOf(node: JsonNode | undefined): number | undefined {
  if (!node) return undefined;
  if (typeof node.maxLength === "number") return node.maxLength;
  const alternatives = [...(node.anyOf ?? []), ...(node.oneOf ?? []), ...(node.allOf ?? [])].map(maxLengthOf).filter((n): n is number => n !== undefined);
  return alternatives.length ? Math.max(...alternatives) : undefined;
}

export function limitOf(schema: z.ZodType): number | undefined {
  return maxLengthOf(jsonOf(schema));
}

/** Every field of a form's schema that has a length limit. */
export function limitsOf(schema: z.ZodType): Record<string, number> {
  const json = jsonOf(schema);
  const properties = json.properties ?? json.allOf?.find((n) => n.properties)?.properties ?? {};
  const out: Record<string, number> = {};
  for (const [name, field] of Object.entries(properties)) {
    const max = maxLengthOf(field);
    if (max !== undefined) out[name] = max;
  }
  return out;
}
