// A plain, prototype-safe copy of the parsed value with every string and key in Unicode NFC,
// so that `høy` typed on macOS (decomposed) equals `høy`, and a key named `__proto__` stays data.

export function normalizeValue(value: unknown): unknown {
  if (typeof value === "string") return value.normalize("NFC");
  if (Array.isArray(value)) return value.map(normalizeValue);
  if (value !== null && typeof value === "object") {
    if (value instanceof Date) return value;
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value)) {
      const k = key.normalize("NFC");
      const v = normalizeValue((value as Record<string, unknown>)[key]);
      // Assignment to "__proto__" would set the prototype; define it as an own data property.
      if (k === "__proto__") Object.defineProperty(out, k, { value: v, enumerable: true, writable: true, configurable: true });
      else out[k] = v;
    }
    return out;
  }
  return value;
}
