import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import {
  GRAPHQL_POST,
  REST_DELETE,
  REST_GET,
  REST_OPTIONS,
  REST_PATCH,
  REST_POST,
} from '@payloadcms/next/routes'
import { buildConfig, getPayload } from 'payload'
import type { Config, Payload, SanitizedConfig } from 'payload'
import type { Pool as PgPool } from 'pg'

import { createDatabaseAdapter } from '@/config/database'
import { createNewsroomConfig } from '@/config/newsroomConfig'
import type { PublicChangeListener } from '@/plugin/publicChange'
import type { Role } from '@/plugin/types'
import type { User } from '@/payload-types'

import { createTestDatabase } from './databases'
import type { TestDatabase } from './databases'

export const ROOT_DIR = path.resolve(import.meta.dirname, '..', '..')
const ORIGIN = 'http://localhost:3000'

export type ApiResponse<T = Record<string, any>> = {
  status: number
  headers: Headers
  body: T
}

export type RequestOptions = {
  token?: string
  body?: unknown
  headers?: Record<string, string>
}

export type TestNewsroom = {
  payload: Payload
  config: SanitizedConfig
  database: TestDatabase
  /** Calls Payload's REST route handlers, exactly as Next serves them under /api. */
  rest: <T = Record<string, any>>(
    method: RestMethod,
    apiPath: string,
    options?: RequestOptions,
  ) => Promise<ApiResponse<T>>
  /** Calls the GraphQL route handler served at /api/graphql. */
  graphql: <T = Record<string, any>>(
    query: string,
    options?: {
      variables?: Record<string, unknown>
      token?: string
      headers?: Record<string, string>
    },
  ) => Promise<ApiResponse<{ data?: T; errors?: { message: string }[] }>>
  /**
   * A `fetch` that serves `<any origin>/api/...` from the same REST handlers, for clients such
   * as `createNewsroomClient` (the origin is ignored; only the path and query are used).
   */
  fetch: typeof fetch
  /** Logs in through REST and returns the JWT. */
  login: (email: string, password: string) => Promise<string>
  /** Creates a staff account with these roles (as the system) and logs it in. */
  createStaff: (roles: Role[], name?: string) => Promise<{ user: User; token: string }>
  stop: () => Promise<void>
}

const handlers = {
  DELETE: REST_DELETE,
  GET: REST_GET,
  OPTIONS: REST_OPTIONS,
  PATCH: REST_PATCH,
  POST: REST_POST,
}

export type RestMethod = keyof typeof handlers

let staffCounter = 0

/**
 * Boots a real Payload with the newsroom app's config on a fresh database of the adapter under
 * test. `configure` lets a test adjust the config before it is built; `onPublicChange` listens
 * to the changes readers can see, as the app's reader site does.
 */
export const startNewsroom = async ({
  configure = (config) => config,
  onPublicChange,
}: {
  configure?: (config: Config) => Config
  onPublicChange?: PublicChangeListener
} = {}): Promise<TestNewsroom> => {
  const database = await createTestDatabase()
  const mediaDir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-media-'))
  const config = await buildConfig(
    configure({
      ...createNewsroomConfig({
        db: createDatabaseAdapter(database.uri),
        onPublicChange,
        demo: false,
        mediaDir,
        rootDir: ROOT_DIR,
      }),
      // Denied requests are logged by Payload; tests deny on purpose. TEST_LOG_LEVEL=info shows them.
      logger: { options: { level: process.env.TEST_LOG_LEVEL ?? 'fatal' } },
    }),
  )
  const payload = await getPayload({ config })

  // Unless a test says otherwise, every request comes from a reader of its own (rate limits
  // and duplicate checks key on the address).
  let addressCounter = 0
  const nextAddress = () => {
    addressCounter++
    return `10.${(addressCounter >> 16) & 255}.${(addressCounter >> 8) & 255}.${addressCounter & 255}`
  }

  const request = (apiPath: string, method: string, { token, body, headers }: RequestOptions) =>
    new Request(`${ORIGIN}/api${apiPath}`, {
      method,
      headers: {
        'X-Forwarded-For': nextAddress(),
        ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}),
        ...(token ? { Authorization: `JWT ${token}` } : {}),
        ...headers,
      },
      body: body !== undefined ? JSON.stringify(body) : undefined,
    })

  const toResponse = async <T>(response: Response): Promise<ApiResponse<T>> => {
    const text = await response.text()
    let body: unknown = text
    try {
      body = text ? JSON.parse(text) : {}
    } catch {
      // Not JSON: keep the text so a failing assertion shows it.
    }
    return { status: response.status, headers: response.headers, body: body as T }
  }

  const rest: TestNewsroom['rest'] = async (method, apiPath, options = {}) => {
    const slug = apiPath.split('?')[0].split('/').filter(Boolean)
    const response = await handlers[method](config)(request(apiPath, method, options), {
      params: Promise.resolve({ slug }),
    })
    return toResponse(response)
  }

  const graphql: TestNewsroom['graphql'] = async (query, { variables, token, headers } = {}) => {
    const response = await GRAPHQL_POST(config)(
      request('/graphql', 'POST', { token, headers, body: { query, variables } }),
    )
    return toResponse(response)
  }

  const routedFetch = async (input: string | URL | Request, init?: RequestInit) => {
    const url = new URL(input instanceof Request ? input.url : String(input), ORIGIN)
    const method = (init?.method ?? 'GET').toUpperCase() as RestMethod
    const slug = url.pathname
      .replace(/^\/api\//, '')
      .split('/')
      .filter(Boolean)
    const headers = new Headers(init?.headers)
    if (!headers.has('X-Forwarded-For')) headers.set('X-Forwarded-For', nextAddress())
    const routed = new Request(`${ORIGIN}${url.pathname}${url.search}`, { ...init, headers })
    return handlers[method](config)(routed, { params: Promise.resolve({ slug }) })
  }

  const login = async (email: string, password: string): Promise<string> => {
    const response = await rest<{ token?: string }>('POST', '/users/login', {
      body: { email, password },
    })
    if (response.status !== 200 || !response.body.token) {
      throw new Error(
        `login failed for ${email}: ${response.status} ${JSON.stringify(response.body)}`,
      )
    }
    return response.body.token
  }

  const createStaff: TestNewsroom['createStaff'] = async (roles, name) => {
    staffCounter++
    const email = `${roles.join('-') || 'norole'}-${staffCounter}@newsroom.test`
    const password = `password-${staffCounter}`
    const user = await payload.create({
      collection: 'users',
      data: { email, name: name ?? `Test ${roles.join(' ')} ${staffCounter}`, password, roles },
      overrideAccess: true,
    })
    return { user, token: await login(email, password) }
  }

  const stop = async () => {
    if (database.kind === 'mongodb') {
      await (
        payload.db as unknown as { connection: { dropDatabase: () => Promise<void> } }
      ).connection.dropDatabase()
    }
    // Payload's destroy leaves the SQL connections open, and the schema push keeps one pg client
    // checked out for good, so `pool.end()` would wait forever. The database is dropped WITH
    // (FORCE) below; its connections may then report the termination, which is expected.
    const db = payload.db as unknown as {
      pool?: PgPool & { _clients?: { on: (event: 'error', listener: () => void) => void }[] }
      client?: { close: () => void }
    }
    if (db.pool) {
      db.pool.on('error', () => {})
      for (const client of db.pool._clients ?? []) client.on('error', () => {})
      void db.pool.end()
    }
    db.client?.close()
    await payload.destroy()
    await database.drop()
    fs.rmSync(mediaDir, { force: true, recursive: true })
  }

  return {
    config,
    createStaff,
    database,
    fetch: routedFetch,
    graphql,
    login,
    payload,
    rest,
    stop,
  }
}
