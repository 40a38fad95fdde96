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
