import { countLinks } from '../text'
import type { PipelineStep } from '../types'

export const checkLinks: PipelineStep = ({ body }, { maxLinks }) =>
  countLinks(body) > maxLinks ? { kind: 'hold', code: 'link' } : null
