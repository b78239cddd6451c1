import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    globalSetup: ["test/global-setup.ts"],
    // CLI tests spawn the built binary; give a loaded 2-core CI machine room.
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
