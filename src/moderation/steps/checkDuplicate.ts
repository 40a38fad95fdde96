import { normalizeText } from '../text'
import type { PipelineStep } from '../types'

export const checkDuplicate: PipelineStep = ({ body, recentBodies }) => {
  const normalized = normalizeText(body)
  if (!recentBodies.some((previous) => normalizeText(previous) === normalized)) return null
  return {
    kind: 'refuse',
    code: 'duplicate',
    status: 409,
    message: 'You have just posted this comment; it is not posted twice.',
  }
}
