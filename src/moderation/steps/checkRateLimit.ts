import type { PipelineStep } from '../types'

export const checkRateLimit: PipelineStep = ({ recentByIp, recentByUser }, { rateLimit }) => {
  if (recentByIp < rateLimit.maxComments && recentByUser < rateLimit.maxComments) return null
  return {
    kind: 'refuse',
    code: 'rate-limit',
    status: 429,
    retryAfter: rateLimit.windowMinutes * 60,
    message: `You have posted ${rateLimit.maxComments} comments in ${rateLimit.windowMinutes} minutes; please wait before posting again.`,
  }
}
