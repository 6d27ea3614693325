import type { z } from 'zod';

/** The parts of a zod schema's definition that lead to object keys. */
interface Definition {
  type: string;
  shape?: Record<string, z.ZodType>;
  innerType?: z.ZodType;
  options?: z.ZodType[];
  element?: z.ZodType;
  in?: z.ZodType;
}

const definition = (schema: z.ZodType) => schema._zod.def as unknown as Definition;

/** The object schemas a value may be, looking through optional, default, union and pipe wrappers. */
function objectsOf(schema: z.ZodType): Definition[] {
  const def = definition(schema);
  if (def.type === 'object') return [def];
  const inner = def.innerType ?? def.in;
  if (inner) return objectsOf(inner);
  return def.options?.flatMap(objectsOf) ?? [];
}

/** The schemas found one step down a path: an object's key, or an array's items. */
function step(schema: z.ZodType, key: PropertyKey): z.ZodType[] {
  const def = definition(schema);
  const inner = def.innerType ?? def.in;
  if (inner) return step(inner, key);
  if (def.type === 'array' && typeof key === 'number' && def.element) return [def.element];
  if (def.options) return def.options.flatMap((option) => step(option, key));
  const child = def.type === 'object' && typeof key === 'string' ? def.shape?.[key] : undefined;
  return child ? [child] : [];
}

/**
 * The keys a schema allows in the object at `path` (`['format', 'revealjs']`),
 * so a misspelt key is matched against its own level's keys, not the top's.
 */
export function knownKeysAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  let schemas = [schema];
  for (const key of path) schemas = schemas.flatMap((candidate) => step(candidate, key));
  return [...new Set(schemas.flatMap(objectsOf).flatMap((def) => Object.keys(def.shape ?? {})))];
}
