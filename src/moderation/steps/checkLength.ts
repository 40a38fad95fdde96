import type { PipelineStep } from '../types'

export const checkLength: PipelineStep = (
  { authorName, body, hasContact },
  { maxLength, minLength },
) => {
  const length = body.trim().length
  if (length < minLength || length > maxLength) {
    return {
      kind: 'refuse',
      code: 'length',
      status: 400,
      message: `Comments must be between ${minLength} and ${maxLength} characters (yours has ${length}).`,
    }
  }
  if (!authorName.trim()) {
    return {
      kind: 'refuse',
      code: 'length',
      status: 400,
      message: 'Please give a name to sign your comment with.',
    }
  }
  if (!hasContact) {
    return {
      kind: 'refuse',
      code: 'length',
      status: 400,
      message: 'Please give your e-mail address; it is never shown.',
    }
  }
  return null
}
