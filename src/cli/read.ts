// Reading a target's bytes, with a size cap so that an endless or huge input cannot exhaust memory.
import { closeSync, fstatSync, openSync, readSync, statSync } from "node:fs";

export type ReadResult =
  | { ok: true; bytes: Uint8Array }
  | { ok: false; code: string };

/** Reads at most `cap` + 1 bytes: enough to know the file is over the cap without reading it all. */
export function readCapped(path: string, cap: number): ReadResult {
  let fd: number;
  try {
    // Opening a named pipe would wait for a writer forever; a socket cannot be read as a file.
    const st = statSync(path);
    if (st.isFIFO() || st.isSocket()) return { ok: false, code: "ENOTREG" };
    fd = openSync(path, "r");
  } catch (err) {
    return { ok: false, code: (err as NodeJS.ErrnoException).code ?? "EIO" };
  }
  try {
    const st = fstatSync(fd);
    if (st.isDirectory()) return { ok: false, code: "EISDIR" };
    const limit = cap + 1;
    const size = st.isFile() && st.size > 0 ? Math.min(st.size, limit) : 64 * 1024;
    let buf = Buffer.allocUnsafe(size);
    let length = 0;
    for (;;) {
      if (length === buf.length) {
        if (buf.length >= limit) break;
        const bigger = Buffer.allocUnsafe(Math.min(buf.length * 2, limit));
        buf.copy(bigger, 0, 0, length);
        buf = bigger;
      }
      const n = readSync(fd, buf, length, buf.length - length, null);
      if (n === 0) break;
      length += n;
    }
    return { ok: true, bytes: buf.subarray(0, length) };
  } catch (err) {
    return { ok: false, code: (err as NodeJS.ErrnoException).code ?? "EIO" };
  } finally {
    closeSync(fd);
  }
}

/** Standard input, capped the same way. */
export async function readStdinCapped(cap: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let length = 0;
  for await (const chunk of process.stdin) {
    const b = chunk as Buffer;
    chunks.push(b);
    length += b.length;
    if (length > cap) {
      process.stdin.destroy();
      break;
    }
  }
  return Buffer.concat(chunks, length);
}
