import sharp from 'sharp'

import { lexicalParagraphs as paragraphsToLexical } from '@/demo/lexical'

import type { Article, Media, Region, Topic, User } from '@/payload-types'

import type { TestNewsroom } from './newsroom'

let counter = 0
const next = () => ++counter

/** A small generated PNG, so uploads need no files on disk or network. */
export const placeholderPNG = async (width = 64, height = 36): Promise<Buffer> =>
  sharp({ create: { width, height, channels: 3, background: { r: 40, g: 60, b: 90 } } })
    .png()
    .toBuffer()

export const createMedia = async (
  newsroom: TestNewsroom,
  alt = 'A placeholder image',
): Promise<Media> => {
  const data = await placeholderPNG()
  return newsroom.payload.create({
    collection: 'media',
    data: { alt },
    file: { data, mimetype: 'image/png', name: `image-${next()}.png`, size: data.length },
    overrideAccess: true,
  })
}

export const createRegion = (
  newsroom: TestNewsroom,
  name = `Region ${next()}`,
  parent?: string,
): Promise<Region> =>
  newsroom.payload.create({ collection: 'regions', data: { name, parent }, overrideAccess: true })

export const createTopic = (newsroom: TestNewsroom, name = `Topic ${next()}`): Promise<Topic> =>
  newsroom.payload.create({ collection: 'topics', data: { name }, overrideAccess: true })

/** Test shorthand: `lexicalParagraphs('one', 'two')`. */
export const lexicalParagraphs = (...paragraphs: string[]): Article['body'] =>
  paragraphsToLexical(paragraphs)

/** Everything the publish gate asks for, ready to merge into article data. */
export const publishable = async (
  newsroom: TestNewsroom,
): Promise<Pick<Article, 'standfirst' | 'regions' | 'heroImage' | 'meta' | 'body'>> => {
  const [region, hero] = await Promise.all([createRegion(newsroom), createMedia(newsroom)])
  return {
    standfirst: 'A standfirst that tells the reader what happened and why it matters.',
    regions: [region.id],
    heroImage: hero.id,
    body: lexicalParagraphs('The first paragraph of the story.', 'The second paragraph.'),
    meta: {
      title: 'A headline for search engines',
      description: 'A description for search engines that is long enough to be useful to readers.',
    },
  }
}

/** Creates an article as the system (overrideAccess), for fixtures. */
export const createArticle = async (
  newsroom: TestNewsroom,
  data: Partial<Article> & { authors: string[] },
  { publish = false }: { publish?: boolean } = {},
): Promise<Article> => {
  const title = data.title ?? `Story ${next()}`
  return newsroom.payload.create({
    collection: 'articles',
    data: {
      ...(publish ? await publishable(newsroom) : {}),
      ...data,
      title,
      _status: publish ? 'published' : 'draft',
    },
    draft: !publish,
    overrideAccess: true,
  })
}

export type Staff = { user: User; token: string }
