import { matchingWords } from '../text'
import type { PipelineStep } from '../types'

export const checkBannedWords: PipelineStep = ({ authorName, body }, { bannedWords }) =>
  matchingWords(`${authorName} ${body}`, bannedWords).length
    ? { kind: 'reject', code: 'banned-word' }
    : null
