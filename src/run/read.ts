// Reading a target's bytes, with a size cap so that an endless or huge input cannot exhaust memory.
import { closeSync, constants, fstatSync, openSync, readSync, statSync } from "node:fs";

export type ReadResult =
  | { ok: true; bytes: Uint8Array }
  | { ok: false; code: string };

/** Reads at most `cap` + 1 bytes: enough to know the file is over the cap without reading it all. */
export function readCapped(path: string, cap: number): ReadResult {
  let fd: number;
  try {
    // Only regular files (and folders, to say so) are opened: opening a named pipe waits for a
    // writer forever, a socket cannot be read, and a device is never a dossier (reading
    // /dev/ptmx or a terminal waits forever; opening some devices has side effects).
    const st = statSync(path);
    if (!st.isFile() && !st.isDirectory()) return { ok: false, code: "ENOTREG" };
    // O_NONBLOCK: should the path have become a pipe since the stat, open does not wait (fstat below refuses it).
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (err) {
    return { ok: false, code: (err as NodeJS.ErrnoException).code ?? "EIO" };
  }
  try {
    const st = fstatSync(fd);
    if (st.isDirectory()) return { ok: false, code: "EISDIR" };
    if (!st.isFile()) return { ok: false, code: "ENOTREG" };
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
