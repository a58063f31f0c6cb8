/**
 * Every string of a report model passed through one escaping function: the one place each
 * repository string (file names, messages, reasons, scopes and service names from a config,
 * names read from code) goes through before a text printer sees it, including fields that
 * later work adds. Keys in `rawKeys` (a changed file's full `before`/`after` text, which the
 * diff must carry byte for byte) are left as they are. Returns a copy; the model is not changed.
 */
export function mapReportStrings<T>(value: T, escape: (text: string) => string, rawKeys: ReadonlySet<string> = new Set()): T {
  return mapValue(value, escape, rawKeys, 0) as T;
}

/** Report models are shallow; past this depth a value is left as it is rather than walked. */
const MAX_DEPTH = 64;

function mapValue(value: unknown, escape: (text: string) => string, rawKeys: ReadonlySet<string>, depth: number): unknown {
  if (typeof value === 'string') return escape(value);
  if (depth > MAX_DEPTH || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((item) => mapValue(item, escape, rawKeys, depth + 1));
  if (Object.getPrototypeOf(value) !== Object.prototype) return value;
  const mapped: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) mapped[key] = rawKeys.has(key) ? item : mapValue(item, escape, rawKeys, depth + 1);
  return mapped;
}
