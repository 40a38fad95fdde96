import { matchingWords } from '../text'
import type { PipelineStep } from '../types'

export const checkSuspectWords: PipelineStep = ({ authorName, body }, { suspectWords }) =>
  matchingWords(`${authorName} ${body}`, suspectWords).length
    ? { kind: 'hold', code: 'suspect-word' }
    : null
