import { describe, expect, it } from 'vitest'

import { lexicalText, readingMinutes } from './readingTime'

const paragraph = (text: string) => ({ type: 'paragraph', children: [{ type: 'text', text }] })

describe('reading time', () => {
  it('reads the text of every Lexical node, including block fields', () => {
    const doc = {
      root: {
        children: [
          paragraph('Kazakhstan has once again'),
          { type: 'block', fields: { blockType: 'pullQuote', quote: 'nearly 50% of minerals' } },
        ],
      },
    }
    expect(lexicalText(doc)).toContain('Kazakhstan has once again')
    expect(lexicalText(doc)).toContain('nearly 50% of minerals')
  })

  it('rounds to whole minutes at 225 words a minute, never below one', () => {
    expect(readingMinutes('')).toBe(0)
    expect(readingMinutes('one word')).toBe(1)
    expect(readingMinutes('word '.repeat(900))).toBe(4)
  })
})
