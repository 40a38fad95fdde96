import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startNewsroom } from '../helpers/newsroom'
import type { TestNewsroom } from '../helpers/newsroom'

let newsroom: TestNewsroom

beforeAll(async () => {
  newsroom = await startNewsroom()
})

afterAll(async () => {
  await newsroom?.stop()
})

describe('API defaults a developer relies on', () => {
  it('GraphQL answers { __typename }', async () => {
    const response = await newsroom.graphql('{ __typename }')
    expect(response.status).toBe(200)
    expect(response.body.data).toEqual({ __typename: 'Query' })
  })

  it('GraphQL introspection works outside production', async () => {
    const response = await newsroom.graphql('{ __schema { queryType { name } } }')
    expect(response.body.data).toEqual({ __schema: { queryType: { name: 'Query' } } })
  })

  it('reads populate one level deep by default and never deeper than the cap', () => {
    expect(newsroom.config.defaultDepth).toBe(1)
    expect(newsroom.config.maxDepth).toBeLessThanOrEqual(3)
  })

  it('production switches off the GraphQL playground and introspection', () => {
    expect(newsroom.config.graphQL.disablePlaygroundInProduction).toBe(true)
    expect(newsroom.config.graphQL.disableIntrospectionInProduction).toBe(true)
  })

  it('a bad login gets a 401 with a message, not a 500', async () => {
    const response = await newsroom.rest('POST', '/users/login', {
      body: { email: 'nobody@newsroom.test', password: 'wrong-password' },
    })
    expect(response.status).toBe(401)
    expect(JSON.stringify(response.body)).toMatch(/incorrect/i)
  })
})

describe('bounded reads', () => {
  it('a page of more than 100 documents is refused with a 400 that says what to do', async () => {
    const response = await newsroom.rest('GET', '/articles?limit=500')
    expect(response.status).toBe(400)
    expect(JSON.stringify(response.body)).toContain('limit must be at most 100 (got 500)')
    expect((await newsroom.rest('GET', '/articles?limit=100')).status).toBe(200)
  })

  it('limit=0 and pagination=false are refused on the public API', async () => {
    for (const query of ['limit=0', 'pagination=false']) {
      const response = await newsroom.rest('GET', `/topics?${query}`)
      expect(response.status, query).toBe(400)
      expect(JSON.stringify(response.body)).toMatch(/not available on the public API/)
    }
  })

  it('GraphQL applies the same page cap', async () => {
    const response = await newsroom.graphql('{ Articles(limit: 1000) { totalDocs } }')
    expect(response.body.errors?.[0]?.message).toMatch(/limit must be at most 100/)
  })

  it('staff in the admin panel are not capped', async () => {
    const { token } = await newsroom.createStaff(['editor'])
    expect((await newsroom.rest('GET', '/topics?limit=0', { token })).status).toBe(200)
  })

  it('a deep region → articles → relatedArticles → … query is refused with a clear message', async () => {
    const deep = `{ Regions { docs { articles { docs { relatedArticles { relatedArticles {
      relatedArticles { title } } } } } } } }`
    const response = await newsroom.graphql(deep)
    // Payload's GraphQL route answers a failed validation with a bare JSON array of errors
    // (graphql-http), not { errors: [...] }; accept both shapes.
    const body = response.body as unknown
    const errors = (Array.isArray(body) ? body : response.body.errors) as { message: string }[]
    expect(response.body.data ?? null).toBeNull()
    expect(errors?.[0]?.message).toBe(
      'Query is 8 levels deep; the limit is 7. Ask for fewer nested relations, or make a second query.',
    )
    const fine = await newsroom.graphql(
      '{ Regions { docs { name articles { docs { title relatedArticles { title } } } } } }',
    )
    expect(fine.body.errors).toBeUndefined()
  })

  it('a shallow query that asks for too much at once is refused by the complexity limit with a clear message', async () => {
    // 400 aliases of a small query: only 3 levels deep, but over 1000 fields to resolve.
    const wide = `{ ${Array.from({ length: 400 }, (_, i) => `a${i}: Articles(limit: 1) { docs { id } }`).join(' ')} }`
    const response = await newsroom.graphql(wide)
    const body = response.body as unknown
    const errors = (Array.isArray(body) ? body : response.body.errors) as { message: string }[]
    expect(response.body.data ?? null).toBeNull()
    expect(errors?.[0]?.message).toMatch(/complexity/i)
    expect(errors?.[0]?.message).toMatch(/1000/)
    const documented = await newsroom.graphql(
      `{ ${Array.from({ length: 20 }, (_, i) => `a${i}: Articles(limit: 1) { docs { id } }`).join(' ')} }`,
    )
    expect(documented.body.errors).toBeUndefined()
  })
})
