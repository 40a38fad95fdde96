import { describe, expect, it } from 'vitest'

import { decide } from './pipeline'
import { readerNotice } from './readerNotice'
import { policyFixture as policy, submissionFixture as submission } from './testing'

describe('decide', () => {
  it('approves an unremarkable comment', () => {
    expect(decide(submission(), policy())).toEqual({
      kind: 'store',
      status: 'approved',
      reasons: [],
    })
  })

  it('stops at the first refusal, in SPEC order (length before article before honeypot)', () => {
    const decision = decide(
      submission({ body: 'x', article: { exists: false, inheritedModes: [] }, honeypot: 'bot' }),
      policy(),
    )
    expect(decision).toMatchObject({ kind: 'refuse', code: 'length' })
  })

  it('drops bots before rate limits count them', () => {
    expect(decide(submission({ honeypot: 'bot', recentByIp: 99 }), policy())).toEqual({
      kind: 'drop',
    })
  })

  it('rejects banned words even when the comment would also be held', () => {
    const decision = decide(
      submission({ body: 'idiot slur https://a.example https://b.example' }),
      policy(),
    )
    expect(decision).toEqual({ kind: 'store', status: 'rejected', reasons: ['banned-word'] })
  })

  it('collects every reason to hold', () => {
    const decision = decide(
      submission({ body: 'idiot https://a.example https://b.example', approvedBefore: 0 }),
      policy({ premoderateNewCommenters: true }),
    )
    expect(decision).toEqual({
      kind: 'store',
      status: 'pending',
      reasons: ['suspect-word', 'link', 'new-commenter'],
    })
  })
})

describe('readerNotice', () => {
  it('tells the reader in plain words what happened and why', () => {
    expect(readerNotice({ kind: 'store', status: 'approved', reasons: [] })).toEqual({
      state: 'live',
      message: 'Thank you. Your comment is live.',
    })
    expect(
      readerNotice({ kind: 'store', status: 'pending', reasons: ['link', 'new-commenter'] })
        .message,
    ).toBe(
      'Thank you. Your comment will appear once a moderator has approved it because it contains links and it is your first comment here.',
    )
    expect(
      readerNotice({ kind: 'store', status: 'rejected', reasons: ['banned-word'] }).state,
    ).toBe('not-published')
    // A bot's fake success looks like any held comment.
    expect(readerNotice({ kind: 'drop' }).state).toBe('awaiting-moderation')
  })
})
