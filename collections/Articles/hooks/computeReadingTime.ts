import type { CollectionBeforeChangeHook } from 'payload'

import type { Article } from '@/payload-types'
import { lexicalText, readingMinutes } from '@/utilities/readingTime'

export const computeReadingTime: CollectionBeforeChangeHook<Article> = ({ data, originalDoc }) => {
  const body = data.body ?? originalDoc?.body
  const standfirst = data.standfirst ?? originalDoc?.standfirst ?? ''
  return { ...data, readingTime: readingMinutes(standfirst, lexicalText(body)) }
}
