import path from 'node:path'

import { BaseSequencer } from 'vitest/node'
import type { TestSpecification } from 'vitest/node'
import { defineConfig } from 'vitest/config'

/** e2e files share one app and build on each other (01 creates the first user): run them in name order. */
class ByName extends BaseSequencer {
  sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    return Promise.resolve([...files].sort((a, b) => a.moduleId.localeCompare(b.moduleId)))
  }
}

const root = path.dirname(new URL(import.meta.url).pathname)

export default defineConfig({
  resolve: { alias: [{ find: /^@\//, replacement: path.join(root, 'src') + '/' }] },
  test: {
    name: 'e2e',
    include: ['tests/e2e/**/*.e2e.test.ts'],
    globalSetup: ['tests/e2e/globalSetup.ts'],
    // One app, one browser profile at a time; the files run in order against the same server.
    fileParallelism: false,
    sequence: { sequencer: ByName },
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
})
