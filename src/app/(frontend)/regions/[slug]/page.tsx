import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { feedPathOf, regionPath } from '@/site/paths'

import { ArticleList } from '../../components/ArticleCard'
import { findRegionArticles } from '../../data/articles'
import { findRegion, getSections, regionTrail } from '../../data/sections'

type Props = { params: Promise<{ slug: string }> }

// Rendered on first visit, then served from the cache until a story filed here changes.
export const revalidate = false
export const generateStaticParams = () => []

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params
  const region = findRegion(await getSections(), slug)
  if (!region) return {}
  const path = regionPath(slug)
  return {
    title: region.name,
    description: region.description ?? `The latest news from ${region.name}.`,
    alternates: {
      canonical: path,
      types: { 'application/rss+xml': [{ url: feedPathOf(path), title: region.name }] },
    },
  }
}

export default async function RegionPage({ params }: Props) {
  const { slug } = await params
  const sections = await getSections()
  const region = findRegion(sections, slug)
  if (!region) notFound()
  const trail = regionTrail(sections, region)
  const children = sections.regions.filter((node) => node.parentId === region.id)
  const articles = await findRegionArticles(region.subtree)
  return (
    <div className="page">
      {trail.length > 1 && (
        <nav aria-label="Breadcrumb" className="breadcrumbs">
          <ol>
            {trail.map((node) => (
              <li key={node.id}>
                {node.id === region.id ? (
                  <span aria-current="page">{node.name}</span>
                ) : (
                  <a href={regionPath(node.slug ?? '')}>{node.name}</a>
                )}
              </li>
            ))}
          </ol>
        </nav>
      )}
      <header className="section-header">
        <h1>{region.name}</h1>
        {region.description && <p className="section-header__dek">{region.description}</p>}
        {children.length > 0 && (
          <nav aria-label={`Regions in ${region.name}`} className="subsections">
            <ul>
              {children.map((child) => (
                <li key={child.id}>
                  <a href={regionPath(child.slug ?? '')}>{child.name}</a>
                </li>
              ))}
            </ul>
          </nav>
        )}
        <p className="section-header__feed">
          <a href={feedPathOf(regionPath(slug))}>RSS feed for {region.name}</a>
        </p>
      </header>
      <ArticleList articles={articles} empty={`No stories from ${region.name} yet.`} />
    </div>
  )
}
