import { describe, expect, it } from 'vitest'

import { slugify } from './slugify'

describe('slugify', () => {
  it('turns a headline into a readable slug', () => {
    expect(slugify('Saudi-backed Yemeni government accuses UAE of running secret prison')).toBe(
      'saudi-backed-yemeni-government-accuses-uae-of-running-secret-prison',
    )
  })

  it('drops accents, apostrophes and punctuation', () => {
    expect(slugify('Kazakhstan’s rare earths: Türkiye & “Zhana Kazakhstan”')).toBe(
      'kazakhstans-rare-earths-turkiye-zhana-kazakhstan',
    )
  })

  it('keeps slugs short and never ends on a hyphen', () => {
    const slug = slugify('word '.repeat(40))
    expect(slug.length).toBeLessThanOrEqual(80)
    expect(slug.endsWith('-')).toBe(false)
  })

  it('returns an empty string when nothing is left', () => {
    expect(slugify('!!!')).toBe('')
  })
})
