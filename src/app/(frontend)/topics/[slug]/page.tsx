import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { feedPathOf, topicPath } from '@/site/paths'

import { ArticleList } from '../../components/ArticleCard'
import { findTopicArticles } from '../../data/articles'
import { getSections } from '../../data/sections'

type Props = { params: Promise<{ slug: string }> }

export const revalidate = false
export const generateStaticParams = () => []

const findTopic = async (slug: string) =>
  (await getSections()).topics.find((topic) => topic.slug === slug) ?? null

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params
  const topic = await findTopic(slug)
  if (!topic) return {}
  const path = topicPath(slug)
  return {
    title: topic.name,
    description: topic.description ?? `News and analysis: ${topic.name}.`,
    alternates: {
      canonical: path,
      types: { 'application/rss+xml': [{ url: feedPathOf(path), title: topic.name }] },
    },
  }
}

export default async function TopicPage({ params }: Props) {
  const { slug } = await params
  const topic = await findTopic(slug)
  if (!topic) notFound()
  const articles = await findTopicArticles(topic.id)
  return (
    <div className="page">
      <header className="section-header">
        <p className="kicker">Topic</p>
        <h1>{topic.name}</h1>
        {topic.description && <p className="section-header__dek">{topic.description}</p>}
        <p className="section-header__feed">
          <a href={feedPathOf(topicPath(slug))}>RSS feed for {topic.name}</a>
        </p>
      </header>
      <ArticleList articles={articles} empty={`No stories on ${topic.name} yet.`} />
    </div>
  )
}
