import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { COMMENT_SETTINGS_SLUG } from '@/globals/CommentSettings'
import { effectiveMode } from '@/moderation/effectiveMode'
import type { Media, Region, Topic } from '@/payload-types'
import { SITE_NAME, absolute, articlePath, regionPath, siteURL, topicPath } from '@/site/paths'

import { ArticleBody } from '../../components/ArticleBody'
import { ArticleCard } from '../../components/ArticleCard'
import type { ArticleCard as Card } from '../../data/articles'
import { CommentsSection } from '../../components/CommentsSection'
import { DateTime } from '../../components/DateTime'
import { JsonLd } from '../../components/JsonLd'
import { LivePreviewRefresh } from '../../components/LivePreviewRefresh'
import { Picture } from '../../components/Picture'
import { getArticle } from '../../data/articles'
import type { ArticlePage as Story } from '../../data/articles'
import { countThread, getCommentThread } from '../../data/comments'
import { getPayloadClient } from '../../data/payload'
import { getPreviewUser } from '../../data/preview'

type Props = { params: Promise<{ slug: string }> }

// Rendered on first visit and cached until the story, or a comment on it, changes.
export const revalidate = false
export const generateStaticParams = () => []

const loadStory = async (slug: string) => {
  const user = await getPreviewUser()
  return { story: await getArticle(slug, user ? { user } : undefined), preview: Boolean(user) }
}

const media = (value: Media | string | null | undefined) =>
  value && typeof value === 'object' ? value : null

const populated = <T extends { id: string }>(items: (T | string)[] | null | undefined): T[] =>
  (items ?? []).filter((item): item is T => typeof item === 'object' && item !== null)

const shareImage = (story: Story) => {
  const image = media(story.meta?.image) ?? media(story.heroImage)
  if (!image?.url) return null
  const og = image.sizes?.og?.url ? image.sizes.og : image
  return {
    url: absolute(og.url ?? image.url),
    width: og.width ?? undefined,
    height: og.height ?? undefined,
    alt: image.alt,
  }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params
  const { story } = await loadStory(slug)
  if (!story?.slug) return {}
  const title = story.meta?.title || story.title
  const description = story.meta?.description || story.standfirst || undefined
  const image = shareImage(story)
  const authors = (story.bylines ?? []).map((byline) => byline.name).filter(Boolean) as string[]
  return {
    title,
    description,
    authors: authors.map((name) => ({ name })),
    alternates: { canonical: articlePath(story.slug) },
    openGraph: {
      type: 'article',
      title,
      description,
      url: articlePath(story.slug),
      publishedTime: story.publishedAt ?? undefined,
      modifiedTime: story.updatedAt,
      authors,
      section: populated<Region>(story.regions)[0]?.name,
      tags: populated<Topic>(story.topics).map((topic) => topic.name),
      images: image ? [image] : undefined,
    },
    twitter: {
      card: image ? 'summary_large_image' : 'summary',
      title,
      description,
      images: image ? [image.url] : undefined,
    },
  }
}

const commentsOpen = async (story: Story): Promise<boolean> => {
  // The newsroom's default mode is a setting, read by the server for the page it renders.
  const payload = await getPayloadClient()
  const settings = await payload.findGlobal({
    slug: COMMENT_SETTINGS_SLUG,
    depth: 0,
    overrideAccess: true,
    select: { defaultMode: true, autoCloseDays: true },
  })
  const inherited = [...populated<Region>(story.regions), ...populated<Topic>(story.topics)].map(
    (section) => section.commentsMode,
  )
  const mode = effectiveMode(story.commentsMode, inherited, settings.defaultMode ?? 'open')
  const now = Date.now()
  const closesAt = story.commentsCloseAt ? Date.parse(story.commentsCloseAt) : Infinity
  const days = Number(settings.autoCloseDays ?? 0)
  const autoCloses =
    days > 0 && story.publishedAt ? Date.parse(story.publishedAt) + days * 86_400_000 : Infinity
  return mode !== 'closed' && closesAt > now && autoCloses > now
}

const structuredData = (story: Story) => {
  const image = shareImage(story)
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: story.title,
    description: story.standfirst ?? undefined,
    datePublished: story.publishedAt ?? undefined,
    dateModified: story.updatedAt,
    mainEntityOfPage: absolute(articlePath(story.slug ?? '')),
    image: image ? [image.url] : undefined,
    author: (story.bylines ?? []).map((byline) => ({ '@type': 'Person', name: byline.name })),
    publisher: { '@type': 'NewsMediaOrganization', name: SITE_NAME, url: siteURL() },
    articleSection: populated<Region>(story.regions).map((region) => region.name),
    keywords: populated<Topic>(story.topics).map((topic) => topic.name),
    correction: (story.corrections ?? []).map((correction) => ({
      '@type': 'CorrectionComment',
      text: correction.text,
      datePublished: correction.date,
    })),
  }
}

const wasUpdated = (story: Story) =>
  story.publishedAt && Date.parse(story.updatedAt) - Date.parse(story.publishedAt) > 5 * 60_000

export default async function ArticlePage({ params }: Props) {
  const { slug } = await params
  const { story, preview } = await loadStory(slug)
  if (!story?.slug) notFound()
  const hero = media(story.heroImage)
  const related = populated<Card>(story.relatedArticles)
  const regions = populated<Region>(story.regions)
  const topics = populated<Topic>(story.topics)
  const [thread, open] = await Promise.all([getCommentThread(story.id), commentsOpen(story)])
  return (
    <article className="story" aria-labelledby="story-headline">
      {preview && (
        <>
          <p className="preview-banner" role="status">
            Preview: you are seeing the latest draft. <a href="/next/exit-preview">Leave preview</a>
          </p>
          <LivePreviewRefresh serverURL={siteURL()} />
        </>
      )}
      <JsonLd data={structuredData(story)} />
      <header className="story__header">
        {(story.kicker || regions[0]) && (
          <p className="kicker">
            {story.kicker ?? <a href={regionPath(regions[0].slug ?? '')}>{regions[0].name}</a>}
          </p>
        )}
        <h1 id="story-headline">{story.title}</h1>
        {story.standfirst && <p className="story__standfirst">{story.standfirst}</p>}
        <div className="story__meta">
          {(story.bylines ?? []).length > 0 && (
            <p className="byline">
              By{' '}
              {(story.bylines ?? []).map((byline, index, all) => (
                <span key={byline.id ?? index}>
                  <span className="byline__name">{byline.name}</span>
                  {index < all.length - 2 ? ', ' : index === all.length - 2 ? ' and ' : ''}
                </span>
              ))}
            </p>
          )}
          <p className="dateline">
            {[
              story.publishedAt && (
                <span key="published">
                  Published <DateTime value={story.publishedAt} />
                </span>
              ),
              wasUpdated(story) && (
                <span key="updated">
                  Updated <DateTime value={story.updatedAt} />
                </span>
              ),
              story.readingTime ? <span key="reading">{story.readingTime} min read</span> : null,
            ]
              .filter(Boolean)
              .flatMap((part, index) => (index ? [' · ', part] : [part]))}
          </p>
        </div>
      </header>
      {hero && (
        <figure className="story__hero">
          <Picture media={hero} priority size="hero" sizes="(min-width: 960px) 860px, 100vw" />
          {(hero.caption || hero.credit) && (
            <figcaption>
              {hero.caption}
              {hero.credit && <span className="credit"> {hero.credit}</span>}
            </figcaption>
          )}
        </figure>
      )}
      {story.body && <ArticleBody data={story.body} />}
      {(story.corrections ?? []).length > 0 && (
        <aside aria-labelledby="corrections-heading" className="corrections" id="corrections">
          <h2 id="corrections-heading">Corrections</h2>
          <ul>
            {(story.corrections ?? []).map((correction, index) => (
              <li key={correction.id ?? index}>
                <DateTime value={correction.date} withTime={false} />: {correction.text}
              </li>
            ))}
          </ul>
        </aside>
      )}
      {(regions.length > 0 || topics.length > 0) && (
        <nav aria-label="Filed under" className="filed-under">
          <ul>
            {regions.map((region) => (
              <li key={region.id}>
                <a href={regionPath(region.slug ?? '')}>{region.name}</a>
              </li>
            ))}
            {topics.map((topic) => (
              <li key={topic.id}>
                <a href={topicPath(topic.slug ?? '')}>{topic.name}</a>
              </li>
            ))}
          </ul>
        </nav>
      )}
      {related.length > 0 && (
        <section aria-labelledby="related-heading" className="related">
          <h2 id="related-heading">Related stories</h2>
          <div className="grid">
            {related.map((article) => (
              <ArticleCard article={article} key={article.id} />
            ))}
          </div>
        </section>
      )}
      <CommentsSection
        articleId={story.id}
        comments={thread}
        count={countThread(thread)}
        open={open && !preview}
      />
    </article>
  )
}
