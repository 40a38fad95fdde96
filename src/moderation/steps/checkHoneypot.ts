import type { PipelineStep } from '../types'

/** Humans never see the honeypot field; anything in it is a bot, which gets a fake success. */
export const checkHoneypot: PipelineStep = ({ honeypot }) =>
  honeypot && honeypot.trim() ? { kind: 'drop' } : null
