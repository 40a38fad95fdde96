import { describe, expect, it } from 'vitest'

import { databaseKind } from './database'

describe('databaseKind', () => {
  it.each([
    [undefined, 'sqlite'],
    ['', 'sqlite'],
    ['file:./data/other.db', 'sqlite'],
    ['postgres://u:p@localhost:5432/news', 'postgres'],
    ['postgresql://localhost/news', 'postgres'],
    ['mongodb://localhost:27017/news', 'mongodb'],
    ['mongodb+srv://cluster.example.net/news', 'mongodb'],
  ])('DATABASE_URI=%s selects %s', (uri, kind) => {
    expect(databaseKind(uri)).toBe(kind)
  })

  it('names the accepted forms when the scheme is unknown', () => {
    expect(() => databaseKind('mysql://localhost/news')).toThrow(/postgres:\/\/…/)
  })
})
