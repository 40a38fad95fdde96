import { describe, expect, it } from 'vitest'

import { effectiveMode } from './effectiveMode'
import { checkArticleOpen } from './steps/checkArticleOpen'
import { checkBannedWords } from './steps/checkBannedWords'
import { checkDuplicate } from './steps/checkDuplicate'
import { checkHoneypot } from './steps/checkHoneypot'
import { checkLength } from './steps/checkLength'
import { checkLinks } from './steps/checkLinks'
import { checkNewCommenter } from './steps/checkNewCommenter'
import { checkPremoderated } from './steps/checkPremoderated'
import { checkRateLimit } from './steps/checkRateLimit'
import { checkSuspectWords } from './steps/checkSuspectWords'
import { policyFixture as policy, submissionFixture as submission } from './testing'

const article = (overrides: Partial<ReturnType<typeof submission>['article']>) => ({
  ...submission().article,
  ...overrides,
})

describe('checkLength', () => {
  it('passes a normal comment', () => expect(checkLength(submission(), policy())).toBeNull())
  it('refuses one character and over-long comments with the limits in the message', () => {
    expect(checkLength(submission({ body: ' x ' }), policy())).toMatchObject({
      kind: 'refuse',
      status: 400,
      code: 'length',
    })
    const long = checkLength(submission({ body: 'a'.repeat(2001) }), policy())
    expect(long).toMatchObject({
      kind: 'refuse',
      message: expect.stringMatching(/between 2 and 2000/),
    })
  })
  it('asks an anonymous reader for an e-mail address', () => {
    expect(checkLength(submission({ hasContact: false }), policy())).toMatchObject({
      kind: 'refuse',
      message: expect.stringMatching(/e-mail/),
    })
  })
  it('refuses a blank name', () => {
    expect(checkLength(submission({ authorName: '  ' }), policy())).toMatchObject({
      kind: 'refuse',
    })
  })
})

describe('checkArticleOpen', () => {
  it('passes an open published article', () =>
    expect(checkArticleOpen(submission(), policy())).toBeNull())
  it('says the same for a missing article as for a draft', () => {
    expect(
      checkArticleOpen(submission({ article: article({ exists: false }) }), policy()),
    ).toMatchObject({
      kind: 'refuse',
      message: 'This article is not open for comments.',
    })
  })
  it('refuses a closed article, including closed through its region or topic', () => {
    expect(
      checkArticleOpen(submission({ article: article({ commentsMode: 'closed' }) }), policy()),
    ).toMatchObject({ kind: 'refuse', code: 'closed' })
    expect(
      checkArticleOpen(
        submission({ article: article({ inheritedModes: ['open', 'closed'] }) }),
        policy(),
      ),
    ).toMatchObject({ kind: 'refuse' })
    expect(
      checkArticleOpen(
        submission({ article: article({ commentsMode: 'open', inheritedModes: ['closed'] }) }),
        policy(),
      ),
    ).toBeNull()
  })
  it('refuses after commentsCloseAt and after the auto-close period', () => {
    expect(
      checkArticleOpen(
        submission({ article: article({ commentsCloseAt: '2026-11-28T11:00:00Z' }) }),
        policy(),
      ),
    ).toMatchObject({ kind: 'refuse' })
    expect(checkArticleOpen(submission(), policy({ autoCloseDays: 1 }))).toMatchObject({
      kind: 'refuse',
      message: expect.stringMatching(/1 days/),
    })
    expect(checkArticleOpen(submission(), policy({ autoCloseDays: 2 }))).toBeNull()
  })
  it('keeps replies on the same article and at most two levels deep', () => {
    expect(
      checkArticleOpen(submission({ parent: { sameArticle: true, depth: 0 } }), policy()),
    ).toBeNull()
    expect(
      checkArticleOpen(submission({ parent: { sameArticle: false, depth: 0 } }), policy()),
    ).toMatchObject({ kind: 'refuse', status: 400 })
    expect(
      checkArticleOpen(submission({ parent: { sameArticle: true, depth: 1 } }), policy()),
    ).toMatchObject({ kind: 'refuse', status: 400 })
  })
})

describe('checkHoneypot', () => {
  it('drops a submission whose hidden field is filled', () => {
    expect(checkHoneypot(submission({ honeypot: 'http://spam.example' }), policy())).toEqual({
      kind: 'drop',
    })
    expect(checkHoneypot(submission({ honeypot: '' }), policy())).toBeNull()
  })
})

describe('checkRateLimit', () => {
  it('refuses with 429 and a Retry-After once the IP or the account reached the limit', () => {
    expect(checkRateLimit(submission({ recentByIp: 4 }), policy())).toBeNull()
    expect(checkRateLimit(submission({ recentByIp: 5 }), policy())).toMatchObject({
      kind: 'refuse',
      status: 429,
      retryAfter: 600,
    })
    expect(checkRateLimit(submission({ recentByUser: 5 }), policy())).toMatchObject({
      kind: 'refuse',
      status: 429,
    })
  })
})

describe('checkDuplicate', () => {
  it('refuses the same text again, whatever the case and punctuation', () => {
    const again = submission({ body: 'Great piece!!', recentBodies: ['great piece'] })
    expect(checkDuplicate(again, policy())).toMatchObject({
      kind: 'refuse',
      status: 409,
      code: 'duplicate',
    })
    expect(checkDuplicate(submission({ recentBodies: ['something else'] }), policy())).toBeNull()
  })
})

describe('checkBannedWords', () => {
  it('rejects a banned word as a whole word, in the body or the name', () => {
    expect(checkBannedWords(submission({ body: 'You SLUR.' }), policy())).toEqual({
      kind: 'reject',
      code: 'banned-word',
    })
    expect(checkBannedWords(submission({ authorName: 'slur' }), policy())).toEqual({
      kind: 'reject',
      code: 'banned-word',
    })
    expect(checkBannedWords(submission({ body: 'slurry is mud' }), policy())).toBeNull()
  })
})

describe('checkSuspectWords', () => {
  it('holds a comment with a suspect word or phrase', () => {
    expect(checkSuspectWords(submission({ body: 'What an idiot' }), policy())).toEqual({
      kind: 'hold',
      code: 'suspect-word',
    })
    expect(checkSuspectWords(submission({ body: 'Buy now, cheap!' }), policy())).toEqual({
      kind: 'hold',
      code: 'suspect-word',
    })
    expect(checkSuspectWords(submission(), policy())).toBeNull()
  })
})

describe('checkLinks', () => {
  it('holds a comment with more links than allowed', () => {
    const two = 'See https://a.example/x and www.b.example'
    expect(checkLinks(submission({ body: two }), policy({ maxLinks: 1 }))).toEqual({
      kind: 'hold',
      code: 'link',
    })
    expect(
      checkLinks(submission({ body: 'See https://a.example/x' }), policy({ maxLinks: 1 })),
    ).toBeNull()
  })
})

describe('checkNewCommenter', () => {
  it('holds a first comment when new commenters are pre-moderated', () => {
    expect(
      checkNewCommenter(
        submission({ approvedBefore: 0 }),
        policy({ premoderateNewCommenters: true }),
      ),
    ).toEqual({ kind: 'hold', code: 'new-commenter' })
    expect(
      checkNewCommenter(
        submission({ approvedBefore: 1 }),
        policy({ premoderateNewCommenters: true }),
      ),
    ).toBeNull()
    expect(checkNewCommenter(submission({ approvedBefore: 0 }), policy())).toBeNull()
  })
})

describe('checkPremoderated', () => {
  it('holds comments on a pre-moderated article, region or topic', () => {
    expect(
      checkPremoderated(
        submission({ article: article({ commentsMode: 'premoderated' }) }),
        policy(),
      ),
    ).toEqual({ kind: 'hold', code: 'premoderated' })
    expect(
      checkPremoderated(
        submission({ article: article({ inheritedModes: ['premoderated'] }) }),
        policy(),
      ),
    ).toEqual({ kind: 'hold', code: 'premoderated' })
    expect(checkPremoderated(submission(), policy({ defaultMode: 'premoderated' }))).toEqual({
      kind: 'hold',
      code: 'premoderated',
    })
    expect(
      checkPremoderated(
        submission({
          article: article({ commentsMode: 'open', inheritedModes: ['premoderated'] }),
        }),
        policy(),
      ),
    ).toBeNull()
  })
})

describe('effectiveMode', () => {
  it('prefers the article’s own mode, then the strictest inherited one, then the default', () => {
    expect(effectiveMode('open', ['closed'], 'premoderated')).toBe('open')
    expect(effectiveMode(null, ['open', 'premoderated'], 'open')).toBe('premoderated')
    expect(effectiveMode(undefined, [null], 'closed')).toBe('closed')
  })
})
