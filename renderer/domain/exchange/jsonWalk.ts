/** An object as JSON.parse makes it (not an array, not a class instance). */
export const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v) && Object.getPrototypeOf(v) === Object.prototype;

/**
 * Visits every object (not arrays) in a parsed JSON value with its own keys, once each,
 * until `stop` says so. Iterative: a deeply nested file cannot overflow the stack; and an
 * object met again (shared, or a cycle in data that is not from JSON) is not walked twice.
 */
export function someObject(value: unknown, stop: (object: Record<string, unknown>, keys: string[]) => boolean): boolean {
  const stack: unknown[] = [value];
  const seen = new Set<object>();
  while (stack.length) {
    const v = stack.pop();
    if (v === null || typeof v !== 'object' || seen.has(v)) continue;
    seen.add(v);
    if (Array.isArray(v)) {
      for (const item of v) if (item !== null && typeof item === 'object') stack.push(item);
      continue;
    }
    const object = v as Record<string, unknown>;
    const keys = Object.keys(object);
    if (stop(object, keys)) return true;
    for (const key of keys) {
      const child = object[key];
      if (child !== null && typeof child === 'object') stack.push(child);
    }
  }
  return false;
}
