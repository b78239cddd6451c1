/** A usage, configuration or output problem: exit code 2, its message shown as is (no trace). */
export class UsageError extends Error {}
