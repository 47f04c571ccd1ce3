/** Records are merged across laptops later, so every id is a random UUID, never a counter. */
export function newId(): string {
  return crypto.randomUUID();
}

export const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
