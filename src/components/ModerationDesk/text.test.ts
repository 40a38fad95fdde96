import { describe, expect, it } from 'vitest'

import { shorten, timeAgo } from './text'

describe('shorten', () => {
  it('leaves a short text alone, whitespace collapsed', () => {
    expect(shorten('  Agreed.\n\nThe article says so. ')).toBe('Agreed. The article says so.')
  })

  it('cuts a long text at a word boundary and marks the cut', () => {
    const text = 'A useful overview. The Zhana Kazakhstan figure is still a preliminary estimate.'
    const short = shorten(text, 40)
    expect(short).toBe('A useful overview. The Zhana Kazakhstan…')
    expect(short.length).toBeLessThanOrEqual(40)
  })

  it('cuts a text without spaces mid-word rather than not at all', () => {
    expect(shorten('x'.repeat(50), 10)).toBe(`${'x'.repeat(9)}…`)
  })

  it('treats a missing text as empty', () => {
    expect(shorten(null)).toBe('')
  })
})

describe('timeAgo', () => {
  const now = new Date('2026-01-19T12:00:00Z')

  it('says how long ago a comment was posted', () => {
    expect(timeAgo('2026-01-19T11:55:00Z', now)).toBe('5 minutes ago')
    expect(timeAgo('2026-01-19T09:00:00Z', now)).toBe('3 hours ago')
    expect(timeAgo('2026-01-18T12:00:00Z', now)).toBe('yesterday')
  })

  it('says "now" for the last minute and nothing for a broken date', () => {
    expect(timeAgo('2026-01-19T11:59:30Z', now)).toBe('now')
    expect(timeAgo('not a date', now)).toBe('')
  })
})
