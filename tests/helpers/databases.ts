import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import pg from 'pg'

import type { DatabaseKind } from '@/config/database'

export type TestDatabase = {
  kind: DatabaseKind
  uri: string
  /** Removes the database (and its folder for SQLite) once the test file is done. */
  drop: () => Promise<void>
}

export const testAdapter = (): DatabaseKind => {
  const kind = (process.env.TEST_ADAPTER ?? 'sqlite') as DatabaseKind
  if (kind === 'postgres' && !process.env.POSTGRES_URL) {
    throw new Error('TEST_ADAPTER=postgres needs POSTGRES_URL')
  }
  if (kind === 'mongodb' && !process.env.MONGODB_URI) {
    throw new Error('TEST_ADAPTER=mongodb needs MONGODB_URI')
  }
  return kind
}

const uniqueName = (): string => `newsroom_test_${Date.now()}_${randomBytes(4).toString('hex')}`

const withDatabaseName = (uri: string, name: string): string => {
  const url = new URL(uri)
  url.pathname = `/${name}`
  return url.toString()
}

/** A brand-new, empty database on the adapter under test. */
export const createTestDatabase = async (
  kind: DatabaseKind = testAdapter(),
): Promise<TestDatabase> => {
  if (kind === 'postgres') {
    const server = process.env.POSTGRES_URL as string
    const name = uniqueName()
    const admin = new pg.Client({ connectionString: server })
    await admin.connect()
    await admin.query(`CREATE DATABASE "${name}"`)
    await admin.end()
    return {
      kind,
      uri: withDatabaseName(server, name),
      drop: async () => {
        const client = new pg.Client({ connectionString: server })
        await client.connect()
        await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)
        await client.end()
      },
    }
  }
  if (kind === 'mongodb') {
    // The adapter creates the database on first write; `dropDatabase` runs before disconnect.
    return {
      kind,
      uri: withDatabaseName(process.env.MONGODB_URI as string, uniqueName()),
      drop: () => Promise.resolve(),
    }
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-test-'))
  return {
    kind,
    uri: `file:${path.join(dir, 'newsroom.db')}`,
    drop: () => {
      fs.rmSync(dir, { force: true, recursive: true })
      return Promise.resolve()
    },
  }
}
