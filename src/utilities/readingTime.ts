/** Average adult reading speed for news prose. */
const WORDS_PER_MINUTE = 225

type LexicalNode = { text?: unknown; children?: unknown; fields?: unknown }

/** All the words a reader reads in a Lexical document (text nodes, and text inside blocks). */
export const lexicalText = (node: unknown): string => {
  if (!node || typeof node !== 'object') return typeof node === 'string' ? node : ''
  if (Array.isArray(node)) return node.map(lexicalText).join(' ')
  const { children, fields, text } = node as LexicalNode & { root?: unknown }
  const parts: string[] = []
  if (typeof text === 'string') parts.push(text)
  if ('root' in node) parts.push(lexicalText(node.root))
  if (children) parts.push(lexicalText(children))
  if (fields && typeof fields === 'object') {
    for (const value of Object.values(fields)) if (typeof value === 'string') parts.push(value)
  }
  return parts.join(' ')
}

export const countWords = (text: string): number => text.split(/\s+/).filter(Boolean).length

/** Whole minutes, at least 1 for any text, 0 for none. */
export const readingMinutes = (...texts: string[]): number => {
  const words = texts.reduce((sum, text) => sum + countWords(text), 0)
  return words === 0 ? 0 : Math.max(1, Math.round(words / WORDS_PER_MINUTE))
}
