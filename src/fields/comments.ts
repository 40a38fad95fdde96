import type { JoinField, SelectField } from 'payload'

/** `open | premoderated | closed`; empty means "inherit" (region/topic → comment settings). */
export const createCommentsModeField = (overrides: Partial<SelectField> = {}): SelectField =>
  ({
    name: 'commentsMode',
    type: 'select',
    options: [
      { label: 'Open', value: 'open' },
      { label: 'Pre-moderated', value: 'premoderated' },
      { label: 'Closed', value: 'closed' },
    ],
    admin: { description: 'Comment policy for its articles; empty inherits the newsroom default.' },
    ...overrides,
  }) as SelectField

/** The published articles that point at this document through `on` (regions, topics). */
export const createPublishedArticlesJoin = (on: 'regions' | 'topics', noun: string): JoinField => ({
  name: 'articles',
  type: 'join',
  collection: 'articles',
  on,
  where: { _status: { equals: 'published' } },
  defaultSort: '-publishedAt',
  defaultLimit: 10,
  admin: { description: `Published articles ${noun}.` },
})
