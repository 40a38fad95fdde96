import { ValidationError } from 'payload'
import type { CollectionBeforeValidateHook } from 'payload'

import { hasRole } from '@/access/hasRole'
import type { Article } from '@/payload-types'

const idOf = (author: unknown): unknown =>
  author && typeof author === 'object' ? (author as { id: unknown }).id : author

/**
 * A new article is bylined to whoever creates it. A journalist (who is not also an editor) must
 * stay among the authors: handing the article to someone else would escape the ownership rule.
 */
export const assignAuthors: CollectionBeforeValidateHook<Article> = ({
  data = {},
  operation,
  originalDoc,
  req,
}) => {
  const { user } = req
  if (!user) return data
  const authors = data.authors ?? originalDoc?.authors ?? []
  if (operation === 'create' && authors.length === 0) {
    return { ...data, authors: [user.id] }
  }
  const isJournalistOnly = hasRole(user, 'journalist') && !hasRole(user, 'admin', 'editor')
  if (isJournalistOnly && data.authors && !data.authors.map(idOf).includes(user.id)) {
    throw new ValidationError({
      collection: 'articles',
      errors: [
        {
          message: 'You must remain one of the authors of an article you write.',
          path: 'authors',
        },
      ],
      req,
    })
  }
  return data
}
