import { describe, expect, it } from 'vitest'

import { reasonInWords, reasonsInWords, summarizeReports } from './reasons'

describe('moderation reasons in words', () => {
  it('turns the pipeline’s codes into words a moderator reads', () => {
    expect(reasonInWords('link')).toBe('Contains links')
    expect(reasonInWords('new-commenter')).toBe('First comment from this person')
    expect(reasonInWords('suspect-word')).toBe('Contains a suspect word')
    expect(reasonInWords('premoderated')).toBe('Article is pre-moderated')
    expect(reasonInWords('reported')).toBe('Reported by readers')
  })

  it('spells out a code it does not know instead of hiding it', () => {
    expect(reasonInWords('too-many-caps')).toBe('Too many caps')
    expect(reasonInWords('')).toBe('Unknown reason')
  })

  it('lists each reason once and tolerates a missing list', () => {
    expect(reasonsInWords(['link', 'new-commenter', 'link'])).toEqual([
      'Contains links',
      'First comment from this person',
    ])
    expect(reasonsInWords(null)).toEqual([])
  })
})

describe('reader reports', () => {
  it('groups reports by reason, the most frequent first', () => {
    expect(
      summarizeReports([
        { reason: 'offensive' },
        { reason: 'spam' },
        { reason: 'spam' },
        { reason: ' ' },
      ]),
    ).toEqual([
      { reason: 'spam', count: 2 },
      { reason: 'No reason given', count: 1 },
      { reason: 'offensive', count: 1 },
    ])
  })

  it('has nothing to say about a comment nobody reported', () => {
    expect(summarizeReports(undefined)).toEqual([])
  })
})
