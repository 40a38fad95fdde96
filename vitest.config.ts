import path from 'node:path'

import { defineConfig } from 'vitest/config'

const root = path.dirname(new URL(import.meta.url).pathname)

/** Integration tests run once per adapter: SQLite always, the servers when their URL is set. */
export const integrationAdapters = [
  'sqlite',
  ...(process.env.POSTGRES_URL ? ['postgres'] : []),
  ...(process.env.MONGODB_URI ? ['mongodb'] : []),
]

export default defineConfig({
  resolve: {
    alias: [
      { find: '@payload-config', replacement: path.join(root, 'payload.config.ts') },
      { find: /^@collections\//, replacement: path.join(root, 'collections') + '/' },
      { find: /^@migrations\//, replacement: path.join(root, 'migrations') + '/' },
      { find: /^@\//, replacement: path.join(root, 'src') + '/' },
    ],
  },
  test: {
    projects: [
      {
        extends: true as const,
        test: { name: 'unit', include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'] },
      },
      ...integrationAdapters.map((adapter) => ({
        extends: true as const,
        test: {
          name: `int:${adapter}`,
          include: ['tests/int/**/*.int.test.ts'],
          env: { TEST_ADAPTER: adapter, NODE_ENV: 'test' as const },
          // Every file boots its own Payload on its own fresh database, in its own process.
          pool: 'forks' as const,
          isolate: true,
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      })),
    ],
  },
})
