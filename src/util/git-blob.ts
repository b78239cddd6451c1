// The id git gives a file's content (`git hash-object`): SHA-1 over "blob <size>\0" and the bytes.
// Computed here, without git, so that any file has one and a report can name what it read.
// node:crypto is loaded on first use: only a report asks, and a plain check should not pay for it.
export function gitBlobId(bytes: Uint8Array): string {
  const { createHash } = process.getBuiltinModule("node:crypto");
  return createHash("sha1").update(`blob ${bytes.length}\0`).update(bytes).digest("hex");
}
