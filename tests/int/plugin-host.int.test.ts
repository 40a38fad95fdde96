import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { buildConfig, getPayload } from 'payload'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createDatabaseAdapter } from '@/config/database'
import { newsroomPlugin } from '@/plugin'

import { createTestDatabase } from '../helpers/databases'
import type { TestDatabase } from '../helpers/databases'

// A host app that is not ours: nothing but a database, a secret and the plugin.
describe('newsroomPlugin in a host app of its own', () => {
  let payload: Payload
  let database: TestDatabase
  const mediaDir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-host-media-'))

  beforeAll(async () => {
    database = await createTestDatabase()
    const config = await buildConfig({
      db: createDatabaseAdapter(database.uri),
      secret: 'a-host-app-secret-that-is-long-enough',
      logger: { options: { level: 'fatal' } },
      collections: [
        {
          slug: 'users',
          auth: true,
          admin: { useAsTitle: 'email' },
          fields: [{ name: 'desk', type: 'text' }],
        },
      ],
      plugins: [newsroomPlugin({ mediaDir })],
    })
    payload = await getPayload({ config })
  })

  afterAll(async () => {
    const pool = (payload?.db as unknown as { pool?: { on: (e: string, l: () => void) => void } })
      ?.pool
    pool?.on('error', () => {})
    await database?.drop()
    fs.rmSync(mediaDir, { force: true, recursive: true })
  })

  it('boots and registers the newsroom collections', () => {
    const slugs = payload.config.collections.map((collection) => collection.slug)
    expect(slugs).toEqual(expect.arrayContaining(['users', 'media']))
    expect(payload.config.admin.user).toBe('users')
  })

  it('keeps the host’s own users fields and adds the newsroom roles', () => {
    const users = payload.collections.users.config
    const names = users.fields.map((field) => ('name' in field ? field.name : null))
    expect(names).toEqual(expect.arrayContaining(['desk', 'name', 'roles', 'bio', 'avatar']))
    expect(users.access.unlock).toBeTypeOf('function')
    expect(users.access.readVersions).toBeTypeOf('function')
  })

  it('makes the host’s first user an admin and keeps roles admin-only', async () => {
    const first = await payload.create({
      collection: 'users',
      data: { email: 'host-admin@example.com', name: 'Host Admin', password: 'host-password' },
      overrideAccess: true,
    })
    expect(first.roles).toEqual(['admin'])

    const second = await payload.create({
      collection: 'users',
      data: {
        email: 'host-writer@example.com',
        name: 'Host Writer',
        password: 'host-password',
        roles: ['journalist'],
      },
      overrideAccess: true,
    })
    await payload.update({
      collection: 'users',
      id: second.id,
      data: { roles: ['admin'] },
      overrideAccess: false,
      user: second,
    })
    const after = await payload.findByID({
      collection: 'users',
      id: second.id,
      overrideAccess: true,
    })
    expect(after.roles).toEqual(['journalist'])
  })

  it('media refuses fetching a pasted URL on the server', () => {
    expect(payload.collections.media.config.upload.pasteURL).toBe(false)
  })
})
