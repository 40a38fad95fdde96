import { buildConfig, getPayload } from 'payload'
import { afterAll, describe, expect, it } from 'vitest'

import { createDatabaseAdapter } from '@/config/database'
import { createNewsroomConfig } from '@/config/newsroomConfig'

import { createTestDatabase, testAdapter } from '../helpers/databases'
import { loadOfflinePayload, pendingMigrationStatements } from '../helpers/migrations'
import { ROOT_DIR } from '../helpers/newsroom'

describe.each(['sqlite', 'postgres'] as const)('%s migrations', (dialect) => {
  it('are current: the collections need no migration that is not committed', async () => {
    const payload = await loadOfflinePayload(dialect)
    const pending = await pendingMigrationStatements(payload)
    expect(
      pending,
      `The ${dialect} schema changed without a migration. Run \`npm run migrate:create -- <name>\` and commit migrations/${dialect}.`,
    ).toEqual([])
  })

  it('the check notices a collection change that has no migration', async () => {
    const payload = await loadOfflinePayload(dialect, (config) => ({
      ...config,
      collections: [
        ...(config.collections ?? []),
        { slug: 'uncommitted-things', fields: [{ name: 'title', type: 'text' }] },
      ],
    }))
    const pending = await pendingMigrationStatements(payload)
    expect(pending.join('\n')).toMatch(/uncommitted_things/)
  })
})

const adapter = testAdapter()
const sqlAdapter = adapter === 'sqlite' || adapter === 'postgres'

describe.runIf(sqlAdapter)(`a fresh ${adapter} database in production`, () => {
  let stop: () => Promise<void> = async () => {}
  afterAll(() => stop())

  it('is built by the committed migrations alone, with nothing left for a schema push', async () => {
    const database = await createTestDatabase(adapter)
    const config = await buildConfig({
      ...createNewsroomConfig({
        db: createDatabaseAdapter(database.uri, { push: false }),
        demo: false,
        rootDir: ROOT_DIR,
      }),
      logger: { options: { level: 'fatal' } },
    })
    const payload = await getPayload({ config })
    stop = async () => {
      const pool = (payload.db as unknown as { pool?: { on: (e: string, l: () => void) => void } })
        .pool
      pool?.on('error', () => {})
      await database.drop()
    }
    // Exactly what a production start runs: the adapter's `prodMigrations`.
    expect(payload.db.prodMigrations?.length).toBeGreaterThan(0)
    type MigrateArgs = NonNullable<Parameters<typeof payload.db.migrate>[0]>
    await payload.db.migrate({ migrations: payload.db.prodMigrations as MigrateArgs['migrations'] })

    const { pushSchema } = (
      payload.db as unknown as {
        requireDrizzleKit: () => {
          pushSchema: (
            schema: unknown,
            drizzle: unknown,
          ) => Promise<{ statementsToExecute: string[] }>
        }
      }
    ).requireDrizzleKit()
    const db = payload.db as unknown as { schema: unknown; drizzle: unknown }
    const { statementsToExecute } = await pushSchema(db.schema, db.drizzle)
    // drizzle-kit reads PostgreSQL's `'0'::numeric` back as a different default than `0` and always
    // proposes re-setting it; defaults are not what this test is about (tables, columns, indexes are).
    const missing = statementsToExecute.filter((statement) => !/ SET DEFAULT /.test(statement))
    expect(missing).toEqual([])

    const user = await payload.create({
      collection: 'users',
      data: { email: 'first@newsroom.test', name: 'First', password: 'first-password' },
      overrideAccess: true,
    })
    expect(user.roles).toEqual(['admin'])
  })
})
