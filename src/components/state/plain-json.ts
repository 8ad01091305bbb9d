// JSON of plain data that no page's prototype changes can alter: the form value and event details.
/**
 * JSON of plain data (objects, lists, text, numbers, booleans, null), written
 * without calling a `toJSON` a page may have put on Array.prototype or
 * Object.prototype (the old Prototype library did): JSON.stringify would encode every
 * list twice, and the form value would no longer be the result.
 */
export function plainJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map((item) => plainJson(item ?? null)).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const record = value as Record<string, unknown>;
    return `{${Object.keys(record)
      .filter((key) => record[key] !== undefined)
      .map((key) => `${JSON.stringify(key)}:${plainJson(record[key])}`)
      .join(',')}}`;
  }
  // Text, numbers and booleans have no toJSON of their own; NaN is null, as in JSON.
  return JSON.stringify(value) ?? 'null';
}

/**
 * A copy of an event's detail (plain data): a listener that edits it changes
 * nothing of the widget's. structuredClone where the page has it, else a
 * JSON round trip (the same for such data).
 */
export const copied = <T>(detail: T): T =>
  typeof structuredClone === 'function' ? structuredClone(detail) : (JSON.parse(plainJson(detail)) as T);
