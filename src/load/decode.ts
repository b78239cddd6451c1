// Bytes → text. Only UTF-8 is accepted (with or without BOM); anything else is named as well as
// we can guess it, because the common case is a file saved from Office in Windows-1252.

export type Decoded =
  | { ok: true; text: string }
  | { ok: false; encoding: string; offset: number; reason: "utf16" | "utf32" | "binary" | "not-utf8" };

const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });

export function decode(bytes: Uint8Array): Decoded {
  const b0 = bytes[0],
    b1 = bytes[1],
    b2 = bytes[2],
    b3 = bytes[3];
  if (b0 === 0xff && b1 === 0xfe && b2 === 0 && b3 === 0) return { ok: false, encoding: "UTF-32LE", offset: 0, reason: "utf32" };
  if (b0 === 0 && b1 === 0 && b2 === 0xfe && b3 === 0xff) return { ok: false, encoding: "UTF-32BE", offset: 0, reason: "utf32" };
  if (b0 === 0xff && b1 === 0xfe) return { ok: false, encoding: "UTF-16LE", offset: 0, reason: "utf16" };
  if (b0 === 0xfe && b1 === 0xff) return { ok: false, encoding: "UTF-16BE", offset: 0, reason: "utf16" };

  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    // UTF-16 without BOM has a NUL in every other byte of ASCII text.
    const guess = nul % 2 === 1 && bytes.length > 1 ? "UTF-16LE" : nul % 2 === 0 && bytes[nul + 1] !== 0 ? "UTF-16BE" : "binary";
    const looksUtf16 = guess !== "binary" && countNul(bytes) * 3 >= bytes.length;
    return looksUtf16
      ? { ok: false, encoding: guess, offset: 0, reason: "utf16" }
      : { ok: false, encoding: "binary", offset: nul, reason: "binary" };
  }

  try {
    // TextDecoder drops a leading BOM (ignoreBOM: false).
    return { ok: true, text: utf8.decode(bytes) };
  } catch {
    const offset = firstInvalidUtf8(bytes);
    return { ok: false, encoding: guessLegacy(bytes), offset, reason: "not-utf8" };
  }
}

function countNul(bytes: Uint8Array): number {
  let n = 0;
  const limit = Math.min(bytes.length, 4096);
  for (let i = 0; i < limit; i++) if (bytes[i] === 0) n++;
  return Math.round((n * bytes.length) / Math.max(limit, 1));
}

/** 0x80–0x9F are printable in Windows-1252 (€, “ ”, –) but control codes in ISO-8859-1. */
function guessLegacy(bytes: Uint8Array): string {
  for (const b of bytes) if (b >= 0x80 && b <= 0x9f) return "Windows-1252";
  return "Windows-1252/ISO-8859-1";
}

/** Byte offset of the first byte that breaks UTF-8. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    const need = b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    i += need + 1;
  }
  return Math.max(0, bytes.length - 1);
}

/** Line and column (1-based, columns in characters) of a byte offset, counting only what decodes before it. */
export function bytePosition(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < bytes.length; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  // Count characters (not continuation bytes) from the line start.
  let column = 1;
  for (let i = lineStart; i < offset; i++) if ((bytes[i]! & 0xc0) !== 0x80) column++;
  return { line, column };
}
