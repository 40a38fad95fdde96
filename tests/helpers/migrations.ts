import fs from 'node:fs'

import { BasePayload, buildConfig } from 'payload'
import type { Config, Payload } from 'payload'

import { createDatabaseAdapter } from '@/config/database'
import { createNewsroomConfig } from '@/config/newsroomConfig'

import { ROOT_DIR } from './newsroom'

type DrizzleKit = {
  generateDrizzleJson: (schema: unknown) => Promise<{ version: string }> | { version: string }
  generateMigration: (previous: unknown, current: unknown) => Promise<string[]>
  upSnapshot?: (snapshot: unknown) => { version: string }
}

type DrizzleAdapterLike = {
  defaultDrizzleSnapshot: { version: string }
  migrationDir: string
  requireDrizzleKit: () => DrizzleKit
  schema: unknown
}

/** URIs that select a dialect without ever being connected to. */
export const OFFLINE_URIS = {
  postgres: 'postgres://offline@127.0.0.1:1/offline',
  sqlite: 'file::memory:',
} as const

/** Builds the app's schema for one SQL dialect without touching a database. */
export const loadOfflinePayload = async (
  dialect: keyof typeof OFFLINE_URIS,
  configure: (config: Config) => Config = (config) => config,
): Promise<Payload> => {
  const config = await buildConfig(
    configure({
      ...createNewsroomConfig({
        db: createDatabaseAdapter(OFFLINE_URIS[dialect]),
        demo: false,
        rootDir: ROOT_DIR,
      }),
      logger: { options: { level: 'fatal' } },
    }),
  )
  return new BasePayload().init({ config, disableDBConnect: true, disableOnInit: true })
}

/**
 * The SQL that `npm run migrate:create` would write now: the difference between the schema the
 * collections describe and the snapshot saved with the newest committed migration.
 */
export const pendingMigrationStatements = async (payload: Payload): Promise<string[]> => {
  const adapter = payload.db as unknown as DrizzleAdapterLike
  const { generateDrizzleJson, generateMigration, upSnapshot } = adapter.requireDrizzleKit()
  const current = await generateDrizzleJson(adapter.schema)
  const snapshots = fs.existsSync(adapter.migrationDir)
    ? fs.readdirSync(adapter.migrationDir).filter((file) => file.endsWith('.json'))
    : []
  const newest = snapshots.sort().at(-1)
  let previous = newest
    ? (JSON.parse(fs.readFileSync(`${adapter.migrationDir}/${newest}`, 'utf8')) as {
        version: string
      })
    : adapter.defaultDrizzleSnapshot
  if (upSnapshot && previous.version < current.version) previous = upSnapshot(previous)
  return generateMigration(previous, current)
}
