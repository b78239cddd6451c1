// The id git gives a file's content (`git hash-object`): SHA-1 over "blob <size>\0" and the bytes.
// Computed here, without git, so that any file has one and a report can name what it read.
import { createHash } from "node:crypto";

export function gitBlobId(bytes: Uint8Array): string {
  return createHash("sha1").update(`blob ${bytes.length}\0`).update(bytes).digest("hex");
}
