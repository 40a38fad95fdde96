import type { Article } from '@/payload-types'

/** A Lexical document of plain paragraphs, the shape the admin editor saves. */
export const lexicalParagraphs = (paragraphs: readonly string[]): NonNullable<Article['body']> => ({
  root: {
    type: 'root',
    direction: 'ltr',
    format: '',
    indent: 0,
    version: 1,
    children: paragraphs.map((text) => ({
      type: 'paragraph',
      direction: 'ltr',
      format: '',
      indent: 0,
      version: 1,
      textFormat: 0,
      children: [
        { type: 'text', text, detail: 0, format: 0, mode: 'normal', style: '', version: 1 },
      ],
    })),
  },
})
