import { buildSchema, parse, validate } from 'graphql'
import { describe, expect, it } from 'vitest'

import { createDepthLimitRule } from './graphqlDepthLimit'

const schema = buildSchema(`
  type Article { title: String, related: [Article], region: Region }
  type Region { name: String, articles: [Article] }
  type Query { article: Article, region: Region }
`)

const errors = (query: string, max = 3) =>
  validate(schema, parse(query), [createDepthLimitRule(max)]).map((error) => error.message)

describe('createDepthLimitRule', () => {
  it('lets queries up to the limit through', () => {
    expect(errors('{ region { articles { related { title } } } }', 4)).toEqual([])
  })

  it('refuses a deeper query with the depth and the limit in the message', () => {
    expect(errors('{ region { articles { related { related { title } } } } }', 4)).toEqual([
      'Query is 5 levels deep; the limit is 4. Ask for fewer nested relations, or make a second query.',
    ])
  })

  it('counts fragments and inline fragments, and ignores introspection fields', () => {
    const viaFragment = `
      query { region { ...deep } }
      fragment deep on Region { articles { related { ... on Article { related { title } } } } }
    `
    expect(errors(viaFragment, 4)).toHaveLength(1)
    expect(
      errors('{ __schema { types { fields { type { ofType { ofType { name } } } } } } }', 2),
    ).toEqual([])
  })
})
