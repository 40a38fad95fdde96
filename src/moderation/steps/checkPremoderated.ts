import { effectiveMode } from '../effectiveMode'
import type { PipelineStep } from '../types'

export const checkPremoderated: PipelineStep = ({ article }, { defaultMode }) =>
  effectiveMode(article.commentsMode, article.inheritedModes, defaultMode) === 'premoderated'
    ? { kind: 'hold', code: 'premoderated' }
    : null
