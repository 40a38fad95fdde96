import { describe, expect, it } from 'vitest'

import { lastModified, weakETag } from './validators'

const story = { id: 'a1', updatedAt: '2026-01-19T08:00:00.000Z' }
const older = { id: 'b2', updatedAt: '2026-01-18T08:00:00.000Z' }

describe('article validators', () => {
  it('a weak ETag changes when a story is edited, and with the query that shaped the body', () => {
    const etag = weakETag([story])
    expect(etag).toMatch(/^W\/"[\w-]+"$/)
    expect(weakETag([story])).toBe(etag)
    expect(weakETag([{ ...story, updatedAt: '2026-01-19T09:00:00.000Z' }])).not.toBe(etag)
    expect(weakETag([story], '?depth=0')).not.toBe(etag)
    expect(weakETag([story, older])).not.toBe(weakETag([older, story]))
  })

  it('Last-Modified is the newest updatedAt as an HTTP date', () => {
    expect(lastModified([older, story])).toBe('Mon, 19 Jan 2026 08:00:00 GMT')
    expect(lastModified([{ id: 'x' }])).toBeNull()
  })
})
