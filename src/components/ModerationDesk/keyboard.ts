export type Shortcut = 'next' | 'previous' | 'approve' | 'reject' | 'spam' | 'feature' | 'select'

/** The desk's keys, as Coral's moderators know them; shown in the legend in this order. */
export const SHORTCUTS: readonly { key: string; shortcut: Shortcut; label: string }[] = [
  { key: 'j', shortcut: 'next', label: 'next' },
  { key: 'k', shortcut: 'previous', label: 'previous' },
  { key: 'a', shortcut: 'approve', label: 'approve' },
  { key: 'r', shortcut: 'reject', label: 'reject' },
  { key: 's', shortcut: 'spam', label: 'spam' },
  { key: 'f', shortcut: 'feature', label: 'feature' },
  { key: 'x', shortcut: 'select', label: 'select' },
]

const BY_KEY = new Map(SHORTCUTS.map(({ key, shortcut }) => [key, shortcut]))

/** Keys of these input types type nothing, so shortcuts still work while they have focus. */
const NON_TEXT_INPUTS = new Set(['button', 'checkbox', 'radio', 'reset', 'submit'])

type TargetLike = { tagName?: unknown; type?: unknown; isContentEditable?: unknown }

/** True while the person is typing somewhere (a search box, a field, an editor). */
export const isTypingTarget = (target: unknown): boolean => {
  if (!target || typeof target !== 'object') return false
  const { tagName, type, isContentEditable } = target as TargetLike
  if (isContentEditable === true) return true
  const tag = typeof tagName === 'string' ? tagName.toUpperCase() : ''
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true
  if (tag === 'INPUT') return !NON_TEXT_INPUTS.has(typeof type === 'string' ? type : 'text')
  return false
}

type KeyLike = {
  key: string
  altKey: boolean
  ctrlKey: boolean
  metaKey: boolean
  shiftKey: boolean
  target: unknown
}

/** The shortcut a key press means, or null when it is typing or another app's chord. */
export const shortcutFor = (event: KeyLike): Shortcut | null => {
  if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return null
  if (isTypingTarget(event.target)) return null
  return BY_KEY.get(event.key) ?? null
}
