import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { startNewsroom } from '../helpers/newsroom'
import type { TestNewsroom } from '../helpers/newsroom'

const SHARED = 'public, max-age=0, s-maxage=60, stale-while-revalidate=600'
const PRIVATE = 'private, no-store'
const APP = 'https://app.example.com'

let newsroom: TestNewsroom
let journalistToken: string
let article: { id: string; slug: string; updatedAt: string }

beforeAll(async () => {
  // The real path: CORS_ORIGINS is read by src/config/env.ts when the config is built.
  vi.stubEnv('CORS_ORIGINS', `${APP}, https://news.example.com/`)
  newsroom = await startNewsroom()
  vi.unstubAllEnvs()
  journalistToken = (await newsroom.createStaff(['journalist'])).token
  const region = await newsroom.payload.create({
    collection: 'regions',
    data: { name: 'Yemen' },
    overrideAccess: true,
  })
  const created = await newsroom.payload.create({
    collection: 'articles',
    data: {
      title: 'Cached story',
      standfirst: 'A story readers fetch through a CDN.',
      regions: [region.id],
      _status: 'draft',
    },
    overrideAccess: true,
    draft: true,
  })
  article = { id: created.id, slug: created.slug as string, updatedAt: created.updatedAt }
})

afterAll(async () => {
  await newsroom?.stop()
})

describe('Cache-Control on API responses', () => {
  it('an anonymous read may be shared by a CDN for a minute', async () => {
    for (const path of ['/topics', '/regions?limit=5', '/comments']) {
      const response = await newsroom.rest('GET', path)
      expect(response.status, path).toBe(200)
      expect(response.headers.get('Cache-Control'), path).toBe(SHARED)
    }
  })

  it('a signed-in read is private, even of public content', async () => {
    const response = await newsroom.rest('GET', '/topics', { token: journalistToken })
    expect(response.status).toBe(200)
    expect(response.headers.get('Cache-Control')).toBe(PRIVATE)
  })

  it('anything about accounts is private, signed in or not', async () => {
    for (const token of [undefined, journalistToken]) {
      const me = await newsroom.rest('GET', '/users/me', { token })
      expect(me.status).toBe(200)
      expect(me.headers.get('Cache-Control')).toBe(PRIVATE)
    }
    const users = await newsroom.rest('GET', '/users')
    expect(users.headers.get('Cache-Control')).toBe(PRIVATE)
  })

  it('writes and logins are private', async () => {
    const login = await newsroom.rest('POST', '/users/login', {
      body: { email: 'nobody@newsroom.test', password: 'not-the-password' },
    })
    expect(login.headers.get('Cache-Control')).toBe(PRIVATE)
    const draft = await newsroom.rest('POST', '/articles', {
      token: journalistToken,
      body: { title: 'A private draft' },
    })
    expect(draft.status).toBe(201)
    expect(draft.headers.get('Cache-Control')).toBe(PRIVATE)
  })

  it('errors are never shared: a refused page, a missing story, a denied read', async () => {
    const refused = await newsroom.rest('GET', '/articles?limit=500')
    const missing = await newsroom.rest('GET', '/articles/00000000-0000-4000-8000-000000000000')
    const denied = await newsroom.rest('GET', '/globals/comment-settings')
    expect([refused.status, missing.status, denied.status]).toEqual([400, 404, 403])
    for (const response of [refused, missing, denied]) {
      expect(response.headers.get('Cache-Control')).toBe(PRIVATE)
    }
  })

  it('GraphQL (served over POST only) is private', async () => {
    const response = await newsroom.graphql('{ Topics { docs { name } } }')
    expect(response.status).toBe(200)
    expect(response.headers.get('Cache-Control')).toBe(PRIVATE)
  })
})

describe('ETag and Last-Modified on article reads', () => {
  it('by id and by slug, from the story’s id and updatedAt', async () => {
    const byId = await newsroom.rest('GET', `/articles/${article.id}`, { token: journalistToken })
    const bySlug = await newsroom.rest('GET', `/articles?where[slug][equals]=${article.slug}`, {
      token: journalistToken,
    })
    for (const response of [byId, bySlug]) {
      expect(response.status).toBe(200)
      expect(response.headers.get('ETag')).toMatch(/^W\/"[\w-]+"$/)
      expect(response.headers.get('Last-Modified')).toBe(new Date(article.updatedAt).toUTCString())
    }
    // The same request answers with the same ETag until the story changes.
    const again = await newsroom.rest('GET', `/articles/${article.id}`, { token: journalistToken })
    expect(again.headers.get('ETag')).toBe(byId.headers.get('ETag'))
    const edit = await newsroom.rest('PATCH', `/articles/${article.id}`, {
      token: journalistToken,
      body: { kicker: 'Edited' },
    })
    expect(edit.status).toBe(200)
    const edited = await newsroom.rest('GET', `/articles/${article.id}`, { token: journalistToken })
    expect(edited.headers.get('ETag')).not.toBe(byId.headers.get('ETag'))
  })

  it('lists that are not a slug lookup, and other collections, carry no ETag', async () => {
    const list = await newsroom.rest('GET', '/articles', { token: journalistToken })
    const comments = await newsroom.rest('GET', '/comments?depth=1')
    expect(list.headers.get('ETag')).toBeNull()
    expect(comments.headers.get('ETag')).toBeNull()
  })
})

describe('CORS', () => {
  it('an allowed origin gets its own origin back, with credentials', async () => {
    const response = await newsroom.rest('GET', '/topics', { headers: { Origin: APP } })
    expect(response.headers.get('Access-Control-Allow-Origin')).toBe(APP)
    expect(response.headers.get('Access-Control-Allow-Credentials')).toBe('true')
    const listedWithSlash = await newsroom.rest('GET', '/topics', {
      headers: { Origin: 'https://news.example.com' },
    })
    expect(listedWithSlash.headers.get('Access-Control-Allow-Origin')).toBe(
      'https://news.example.com',
    )
  })

  it('an unlisted origin gets no Access-Control-Allow-Origin', async () => {
    const response = await newsroom.rest('GET', '/topics', {
      headers: { Origin: 'https://evil.example.net' },
    })
    expect(response.status).toBe(200)
    expect(response.headers.get('Access-Control-Allow-Origin')).toBeNull()
    expect(response.headers.get('Access-Control-Allow-Credentials')).toBeNull()
  })

  it('a preflight from an allowed origin is answered; from another, not allowed', async () => {
    const preflight = (origin: string, path: string) =>
      newsroom.rest('OPTIONS', path, {
        headers: {
          Origin: origin,
          'Access-Control-Request-Method': 'POST',
          'Access-Control-Request-Headers': 'authorization, content-type',
        },
      })
    for (const path of ['/comments', '/graphql']) {
      const allowed = await preflight(APP, path)
      expect(allowed.status, path).toBe(200)
      expect(allowed.headers.get('Access-Control-Allow-Origin'), path).toBe(APP)
      expect(allowed.headers.get('Access-Control-Allow-Methods'), path).toContain('POST')
      expect(allowed.headers.get('Access-Control-Allow-Headers'), path).toContain('Authorization')
      const other = await preflight('https://evil.example.net', path)
      expect(other.headers.get('Access-Control-Allow-Origin'), path).toBeNull()
    }
  })

  it('GraphQL and errors follow the same rule', async () => {
    const graphql = await newsroom.graphql('{ __typename }', { headers: { Origin: APP } })
    expect(graphql.headers.get('Access-Control-Allow-Origin')).toBe(APP)
    const error = await newsroom.rest('GET', '/articles?limit=500', { headers: { Origin: APP } })
    expect(error.status).toBe(400)
    expect(error.headers.get('Access-Control-Allow-Origin')).toBe(APP)
  })

  it('the API never answers with a wildcard origin', async () => {
    const origins = [APP, 'https://evil.example.net', 'null']
    for (const origin of origins) {
      for (const response of [
        await newsroom.rest('GET', '/topics', { headers: { Origin: origin } }),
        await newsroom.rest('OPTIONS', '/topics', { headers: { Origin: origin } }),
        await newsroom.graphql('{ __typename }', { headers: { Origin: origin } }),
      ]) {
        expect(response.headers.get('Access-Control-Allow-Origin')).not.toBe('*')
      }
    }
    expect(newsroom.config.cors).toEqual([APP, 'https://news.example.com'])
  })
})
