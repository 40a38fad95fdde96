import type { PipelineStep } from '../types'

export const checkNewCommenter: PipelineStep = (
  { approvedBefore },
  { premoderateNewCommenters },
) =>
  premoderateNewCommenters && approvedBefore === 0 ? { kind: 'hold', code: 'new-commenter' } : null
