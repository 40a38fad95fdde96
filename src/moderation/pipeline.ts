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
import type { CommentPolicy, Decision, PipelineStep, ReasonCode, Submission } from './types'

/** SPEC §6, in order. Refusals and drops stop at once; holds are collected; none: approve. */
export const PIPELINE: readonly PipelineStep[] = [
  checkLength,
  checkArticleOpen,
  checkHoneypot,
  checkRateLimit,
  checkDuplicate,
  checkBannedWords,
  checkSuspectWords,
  checkLinks,
  checkNewCommenter,
  checkPremoderated,
]

export const decide = (
  submission: Submission,
  policy: CommentPolicy,
  steps: readonly PipelineStep[] = PIPELINE,
): Decision => {
  const held: ReasonCode[] = []
  for (const step of steps) {
    const result = step(submission, policy)
    if (!result) continue
    if (result.kind === 'refuse' || result.kind === 'drop') return result
    if (result.kind === 'reject')
      return { kind: 'store', status: 'rejected', reasons: [result.code] }
    held.push(result.code)
  }
  return held.length
    ? { kind: 'store', status: 'pending', reasons: held }
    : { kind: 'store', status: 'approved', reasons: [] }
}
