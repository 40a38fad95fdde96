import type { Decision, ReasonCode } from './types'

const WHY: Partial<Record<ReasonCode, string>> = {
  'suspect-word': 'it contains words our moderators check first',
  link: 'it contains links',
  'new-commenter': 'it is your first comment here',
  premoderated: 'comments on this article are reviewed before they appear',
}

export type ReaderNotice = {
  state: 'live' | 'awaiting-moderation' | 'not-published'
  message: string
}

/** What the reader is told after posting, in reader words. */
export const readerNotice = (decision: Decision): ReaderNotice => {
  if (decision.kind !== 'store' || decision.status === 'pending') {
    const reasons =
      decision.kind === 'store' ? decision.reasons.map((code) => WHY[code]).filter(Boolean) : []
    const because = reasons.length ? ` because ${reasons.join(' and ')}` : ''
    return {
      state: 'awaiting-moderation',
      message: `Thank you. Your comment will appear once a moderator has approved it${because}.`,
    }
  }
  if (decision.status === 'approved')
    return { state: 'live', message: 'Thank you. Your comment is live.' }
  return {
    state: 'not-published',
    message: 'Your comment was not published because it breaks our community guidelines.',
  }
}
