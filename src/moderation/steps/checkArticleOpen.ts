import { effectiveMode } from '../effectiveMode'
import type { PipelineStep } from '../types'

const DAY = 24 * 60 * 60 * 1000
// The same words for a missing article and a draft: a reply must not reveal unpublished work.
const NOT_OPEN = 'This article is not open for comments.'

export const checkArticleOpen: PipelineStep = ({ article, now, parent }, policy) => {
  const closed = (message: string) =>
    ({ kind: 'refuse', code: 'closed', status: 403, message }) as const
  if (!article.exists) return closed(NOT_OPEN)
  if (
    effectiveMode(article.commentsMode, article.inheritedModes, policy.defaultMode) === 'closed'
  ) {
    return closed('Comments are closed on this article.')
  }
  if (article.commentsCloseAt && new Date(article.commentsCloseAt) <= now) {
    return closed(
      'Comments on this article closed on ' + new Date(article.commentsCloseAt).toUTCString() + '.',
    )
  }
  if (policy.autoCloseDays > 0 && article.publishedAt) {
    const closesAt = new Date(new Date(article.publishedAt).getTime() + policy.autoCloseDays * DAY)
    if (closesAt <= now)
      return closed(`Comments close ${policy.autoCloseDays} days after publication.`)
  }
  if (parent) {
    if (!parent.sameArticle) {
      return {
        kind: 'refuse',
        code: 'closed',
        status: 400,
        message: 'A reply must be on the same article as the comment it answers.',
      }
    }
    if (parent.depth >= 1) {
      return {
        kind: 'refuse',
        code: 'closed',
        status: 400,
        message: 'Replies go two levels deep at most; answer the comment above instead.',
      }
    }
  }
  return null
}
