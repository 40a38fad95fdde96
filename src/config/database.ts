import fs from 'node:fs'
import path from 'node:path'

import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { postgresAdapter } from '@payloadcms/db-postgres'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import type { DatabaseAdapterObj } from 'payload'

import { migrations as postgresMigrations } from '@migrations/postgres'
import { migrations as sqliteMigrations } from '@migrations/sqlite'

import { ConfigurationError } from './env'

export type DatabaseKind = 'sqlite' | 'postgres' | 'mongodb'

/** The embedded default: a SQLite file beside the app, created on first start. */
export const DEFAULT_SQLITE_FILE = 'data/newsroom.db'

export const databaseKind = (uri: string | undefined): DatabaseKind => {
  const value = uri?.trim() ?? ''
  if (!value || value.startsWith('file:')) return 'sqlite'
  if (/^postgres(ql)?:\/\//.test(value)) return 'postgres'
  if (/^mongodb(\+srv)?:\/\//.test(value)) return 'mongodb'
  throw new ConfigurationError(
    `DATABASE_URI must be empty (SQLite under data/), file:<path>, postgres://… or mongodb://…; got "${value.split(':')[0]}:…".`,
  )
}

const migrationDir = (kind: 'sqlite' | 'postgres'): string =>
  path.resolve(process.cwd(), 'migrations', kind)

/** libsql opens `file:` URLs but does not create their folder. */
const sqliteURL = (uri: string | undefined): string => {
  const file = uri?.trim() ? uri.trim().slice('file:'.length) : DEFAULT_SQLITE_FILE
  if (file !== ':memory:') fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true })
  return `file:${file}`
}

/**
 * Picks the adapter from `DATABASE_URI`. SQL adapters use UUID ids so the ids are strings on every
 * adapter, and one committed `payload-types.ts` fits SQLite, PostgreSQL and MongoDB alike.
 */
export const createDatabaseAdapter = (
  uri: string | undefined,
  { push }: { push?: boolean } = {},
): DatabaseAdapterObj => {
  const kind = databaseKind(uri)
  if (kind === 'postgres') {
    return postgresAdapter({
      idType: 'uuid',
      migrationDir: migrationDir('postgres'),
      pool: { connectionString: uri },
      prodMigrations: postgresMigrations,
      push,
    })
  }
  if (kind === 'mongodb') {
    return mongooseAdapter({ url: uri as string })
  }
  return sqliteAdapter({
    idType: 'uuid',
    client: { url: sqliteURL(uri) },
    // Concurrent writers (e.g. a burst of reader comments) wait for the lock instead of failing.
    busyTimeout: 5000,
    migrationDir: migrationDir('sqlite'),
    prodMigrations: sqliteMigrations,
    push,
  })
}
