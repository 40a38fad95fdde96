import type { CommentsMode } from './types'

const strictness: Record<CommentsMode, number> = { open: 0, premoderated: 1, closed: 2 }

/**
 * The article's own mode wins; otherwise the strictest mode among its regions and topics;
 * otherwise the newsroom default.
 */
export const effectiveMode = (
  own: CommentsMode | null | undefined,
  inherited: (CommentsMode | null | undefined)[],
  fallback: CommentsMode,
): CommentsMode => {
  if (own) return own
  const set = inherited.filter((mode): mode is CommentsMode => Boolean(mode))
  if (!set.length) return fallback
  return set.reduce((a, b) => (strictness[b] > strictness[a] ? b : a))
}
