import { describe, expect, it } from 'vitest'

import { isTypingTarget, shortcutFor } from './keyboard'

const press = (key: string, target: unknown = { tagName: 'ARTICLE' }, chord = {}) => ({
  key,
  altKey: false,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  target,
  ...chord,
})

describe('desk shortcuts', () => {
  it('maps j, k, a, r, s, f and x to the desk’s actions', () => {
    expect(['j', 'k', 'a', 'r', 's', 'f', 'x'].map((key) => shortcutFor(press(key)))).toEqual([
      'next',
      'previous',
      'approve',
      'reject',
      'spam',
      'feature',
      'select',
    ])
  })

  it('never fires while the moderator types in a field', () => {
    expect(shortcutFor(press('a', { tagName: 'INPUT', type: 'text' }))).toBeNull()
    expect(shortcutFor(press('a', { tagName: 'INPUT' }))).toBeNull()
    expect(shortcutFor(press('a', { tagName: 'TEXTAREA' }))).toBeNull()
    expect(shortcutFor(press('a', { tagName: 'DIV', isContentEditable: true }))).toBeNull()
  })

  it('still works from a checkbox or button inside the queue', () => {
    expect(shortcutFor(press('x', { tagName: 'INPUT', type: 'checkbox' }))).toBe('select')
    expect(shortcutFor(press('a', { tagName: 'BUTTON' }))).toBe('approve')
  })

  it('leaves chords and capitals to the browser and other shortcuts', () => {
    expect(shortcutFor(press('s', undefined, { ctrlKey: true }))).toBeNull()
    expect(shortcutFor(press('a', undefined, { metaKey: true }))).toBeNull()
    expect(shortcutFor(press('A', undefined, { shiftKey: true }))).toBeNull()
    expect(shortcutFor(press('q'))).toBeNull()
  })

  it('treats a missing target as not typing', () => {
    expect(isTypingTarget(null)).toBe(false)
  })
})
