import type { Comment } from '@/payload-types'

import type { DemoStaffKey } from './staff'

/**
 * The demo newsroom: the outlet of `../shared/seeds/front-page.txt`, one front page of world
 * news, with the region tree and topics its stories are filed under.
 */

export type DemoRegion = {
  name: string
  /** ISO 3166-1 alpha-2 for countries, UN M49 for the regions that have one. */
  code?: string
  description?: string
  children?: readonly DemoRegion[]
}

export const REGION_TREE: DemoRegion = {
  name: 'World',
  code: '001',
  description: 'Every region the newsroom covers.',
  children: [
    {
      name: 'Middle East',
      children: [
        { name: 'Yemen', code: 'YE' },
        { name: 'Syria', code: 'SY' },
        { name: 'Qatar', code: 'QA' },
      ],
    },
    { name: 'Central Asia', code: '143', children: [{ name: 'Kazakhstan', code: 'KZ' }] },
    {
      name: 'Europe',
      code: '150',
      children: [
        { name: 'Italy', code: 'IT' },
        { name: 'Germany', code: 'DE' },
        { name: 'France', code: 'FR' },
        { name: 'United Kingdom', code: 'GB' },
      ],
    },
    { name: 'Arctic', children: [{ name: 'Greenland', code: 'GL' }] },
    {
      name: 'Americas',
      code: '019',
      children: [
        { name: 'United States', code: 'US' },
        { name: 'Venezuela', code: 'VE' },
      ],
    },
    { name: 'South Asia', code: '034', children: [{ name: 'Afghanistan', code: 'AF' }] },
    { name: 'East Asia', code: '030', children: [{ name: 'China', code: 'CN' }] },
  ],
}

/** Placeholder image colours (gradient from, to) by the branch of the tree a story is filed in. */
export const BRANCH_COLOURS: Record<string, readonly [string, string]> = {
  'middle-east': ['#7a4a22', '#d39a52'],
  'central-asia': ['#0f5257', '#3aa39a'],
  europe: ['#1d3557', '#457b9d'],
  arctic: ['#2b4a6f', '#8fbcd4'],
  americas: ['#6b1d2a', '#c8553d'],
  'south-asia': ['#2d5016', '#8ab34a'],
  'east-asia': ['#4a1942', '#c0587e'],
  world: ['#333d47', '#6c7a89'],
}

export type DemoTopic = { name: string; description: string }

export const DEMO_TOPICS: readonly DemoTopic[] = [
  { name: 'Geopolitics', description: 'Power, alliances and rivalry between states.' },
  { name: 'Trade and tariffs', description: 'Trade policy, tariffs and the disputes they start.' },
  {
    name: 'Critical minerals',
    description: 'Rare earths and the other minerals modern industry and defence depend on.',
  },
  {
    name: 'Security and defence',
    description: 'Armed forces, conflict, alliances and national security.',
  },
  {
    name: 'Technology and AI',
    description: 'The technology industry and artificial intelligence.',
  },
  {
    name: 'Industrial accidents',
    description: 'Explosions, fires and other accidents at industrial sites.',
  },
  { name: 'Human rights', description: 'Detention, minority rights and civil liberties.' },
  { name: 'Energy', description: 'Oil, gas, pipelines and the routes they take to market.' },
  { name: 'Diplomacy', description: 'Talks, visits and agreements between governments.' },
]

export type DemoStory = {
  /** Stable key: names the hero image file and lets stories refer to each other. */
  key: string
  title: string
  kicker: string
  standfirst: string
  paragraphs: readonly string[]
  /** Region and topic slugs. The first region picks the placeholder image's colours. */
  regions: readonly string[]
  topics: readonly string[]
  authors: readonly DemoStaffKey[]
  meta: { title: string; description: string }
  image: { alt: string; caption: string }
  breaking?: boolean
  featured?: boolean
  /** Keys of stories lower on the front page (they are created first). */
  related?: readonly string[]
  corrections?: readonly { date: string; text: string }[]
}

const placeholderAlt = (label: string) => `Placeholder graphic reading “${label}” on a colour wash`

/** The front page, top to bottom. */
export const FRONT_PAGE: readonly DemoStory[] = [
  {
    key: 'yemen-secret-prison',
    title: 'Saudi-backed Yemeni government accuses UAE of running secret prison',
    kicker: 'Yemen',
    standfirst:
      'The internationally recognised government says the United Arab Emirates held detainees at an airbase near the port city of Mukalla, deepening a rift between former coalition partners.',
    paragraphs: [
      'The Saudi-backed Yemeni government has accused the United Arab Emirates of operating a secret prison at an airbase near the southern port city of Mukalla, escalating a dispute between two governments that fought on the same side of Yemen’s decade-long war.',
      'In a statement, the government said detainees had been held at the facility without charge and without access to lawyers or their families. It called for an independent investigation and for those still held to be released or handed over to the courts.',
      'The UAE did not immediately respond to a request for comment. Abu Dhabi has in the past rejected allegations that it runs detention sites in Yemen.',
      'Mukalla, the capital of Hadramout province on the Arabian Sea, was retaken from al-Qaeda in the Arabian Peninsula in 2016 by local forces backed by the UAE. The airbase outside the city has since served as a hub for Emirati troops and the Yemeni units they trained.',
      'Human rights groups and United Nations experts have previously documented allegations of arbitrary detention and abuse at sites in southern Yemen, including facilities run by forces allied to the UAE.',
      'The UAE joined the Saudi-led coalition that intervened in Yemen in 2015 against the Iran-aligned Houthi movement, which holds the capital Sanaa and much of the north. It announced in 2019 that it was drawing down its troops but has continued to back armed groups in the south.',
      'The accusation adds to strains between Riyadh and Abu Dhabi over the future of southern Yemen, where the UAE-backed Southern Transitional Council seeks self-rule. There was no independent confirmation of the government’s account.',
    ],
    regions: ['yemen'],
    topics: ['security-and-defence', 'human-rights', 'geopolitics'],
    authors: ['journalist2'],
    corrections: [
      {
        date: '2026-01-19T00:00:00.000Z',
        text: 'An earlier version of this story said Mukalla was retaken from al-Qaeda in 2015. It was retaken in 2016.',
      },
    ],
    meta: {
      title: 'Yemen’s government accuses UAE of running a secret prison',
      description:
        'Yemen’s Saudi-backed government says the UAE ran a secret prison at an airbase near Mukalla, deepening a rift between former coalition partners.',
    },
    image: {
      alt: placeholderAlt('Yemen'),
      caption: 'Mukalla is the capital of Hadramout province on Yemen’s southern coast.',
    },
    related: ['syria-kurdish-rights'],
  },
  {
    key: 'kazakhstan-critical-minerals',
    title: 'Kazakhstan’s critical minerals draw Washington’s attention',
    kicker: 'Critical minerals',
    standfirst:
      'The US nominee for ambassador to Astana told senators that nearly half of the critical minerals essential to the American economy are found in Kazakhstan.',
    paragraphs: [
      'Kazakhstan has once again come into the geopolitical spotlight, this time with American interests front and center.',
      'Julie Stafford, the U.S. Ambassador nominee to Kazakhstan, told the Senate during her confirmation hearings that nearly 50% of all critical minerals essential to the U.S. economy and national security are found in Kazakhstan. Specifically, these include rare earth metals vital for high-tech industries, defense manufacturing, and the shift toward green energy.',
      'Stafford emphasized that the U.S. views Kazakhstan as a crucial partner in diversifying supply chains and reducing reliance on Russia and China. She pointed out that Russia applies pressure through its land border, while China is actively expanding its influence in Kazakhstan’s telecommunications and resource sectors.',
      'The U.S. is ready to support the development of alternative export routes that bypass Russia. This includes reducing dependence on the Caspian Pipeline Consortium, which is controlled by Moscow and transports up to 80 % of Kazakhstan’s oil.',
      'As of early 2025, Kazakhstan has identified 38 promising deposits with estimated reserves of rare earth metals totaling around 2.6 million tons. One of the largest discoveries is the “Zhana Kazakhstan” site in the Karaganda region, where preliminary estimates suggest up to 20 million tons of rare earth metals. This could make it the third largest deposit worldwide, after China and Brazil.',
      'With growing global demand for rare earth metals used in electric vehicles, batteries, communication systems, and defense technologies, Kazakhstan’s strategic importance is rising. Experts forecast that the global rare earth metals market could grow two to threefold by 2030, and Kazakhstan is poised to play a key role in meeting that demand.',
      'Today, Kazakhstan is carefully balancing relationships with major global powers. China stands as the largest investor with over 30 billion dollars in direct investments and broad access to resources. Russia remains a close partner with strong economic and historical ties, including integration efforts through the Eurasian Economic Union. At the same time, Kazakhstan is actively deepening cooperation with Europe, Türkiye, and the United States.',
      'Astana aims to maintain a balanced foreign policy while developing infrastructure for the extraction and processing of rare earth metals. Several major projects are underway to modernize metallurgical plants, attracting both Western and Asian companies.',
      'Experts say successful development in this sector could bring an additional 5 to 7 billion dollars annually to Kazakhstan’s economy and significantly boost its export potential. However, this strategy requires balancing the interests of multiple international players and managing domestic challenges such as environmental responsibility and technological security.',
      'In this complex geopolitical and economic landscape, the U.S. sees Julie Stafford as a key diplomat who can strengthen dialogue and partnership with Kazakhstan. Washington hopes to expand its influence in a region that is becoming increasingly important for strategic resources and global geopolitics.',
    ],
    regions: ['kazakhstan', 'united-states'],
    topics: ['critical-minerals', 'geopolitics', 'energy'],
    authors: ['journalist2', 'journalist'],
    meta: {
      title: 'Kazakhstan’s critical minerals draw Washington’s attention',
      description:
        'US ambassador nominee Julie Stafford says Kazakhstan holds nearly half of the critical minerals the US economy needs, as Astana balances Russia and China.',
    },
    image: {
      alt: placeholderAlt('Critical minerals'),
      caption: 'Kazakhstan has identified 38 promising deposits of rare earth metals.',
    },
    featured: true,
  },
  {
    key: 'meloni-greenland-nato',
    title: 'Meloni says Greenland security concerns belong within NATO',
    kicker: 'Greenland',
    standfirst:
      'Italy’s prime minister called a ground military intervention highly unlikely and said the alliance is the place to address security in Greenland.',
    paragraphs: [
      'Italian Prime Minister Giorgia Meloni said on Saturday (17 January) that concerns over security in Greenland should be addressed within the framework of NATO, describing a ground military intervention as highly unlikely.',
    ],
    regions: ['italy', 'greenland'],
    topics: ['security-and-defence', 'geopolitics'],
    authors: ['journalist'],
    meta: {
      title: 'Meloni: Greenland security concerns belong within NATO',
      description:
        'Italian Prime Minister Giorgia Meloni says Greenland security should be handled within NATO and calls a ground military intervention highly unlikely.',
    },
    image: {
      alt: placeholderAlt('Greenland'),
      caption: 'Greenland is an autonomous territory of the Kingdom of Denmark.',
    },
    related: ['european-leaders-tariff-alarm', 'greenland-tariffs-analysis'],
  },
  {
    key: 'musk-openai-damages',
    title: 'Musk seeks up to $134 billion from OpenAI and Microsoft',
    kicker: 'Technology',
    standfirst:
      'A court filing made public on Friday says the companies profited unfairly from Elon Musk’s early support of the artificial intelligence firm.',
    paragraphs: [
      'Elon Musk is seeking up to $134 billion from OpenAI and Microsoft, arguing that the companies profited unfairly from his early support of the artificial intelligence firm, according to a court filing made public on Friday.',
    ],
    regions: ['united-states'],
    topics: ['technology-and-ai'],
    authors: ['journalist'],
    meta: {
      title: 'Musk seeks up to $134 billion from OpenAI and Microsoft',
      description:
        'Elon Musk argues OpenAI and Microsoft profited unfairly from his early support of the AI firm and seeks up to $134 billion, a court filing shows.',
    },
    image: {
      alt: placeholderAlt('Technology'),
      caption: 'The damages claim was made public in a court filing on Friday.',
    },
  },
  {
    key: 'european-leaders-tariff-alarm',
    title: 'European leaders alarmed by US tariff threat against NATO allies',
    kicker: 'Tariffs',
    standfirst:
      'Leaders warned that threatened US tariffs on eight NATO allies could destabilise transatlantic relations and heighten tensions in the Arctic.',
    paragraphs: [
      'European leaders voiced growing alarm on Sunday over U.S. threats to impose tariffs on eight NATO allies, warning the move could destabilize transatlantic relations and heighten tensions in the Arctic.',
    ],
    regions: ['europe', 'greenland', 'united-states'],
    topics: ['trade-and-tariffs', 'geopolitics'],
    authors: ['journalist'],
    meta: {
      title: 'European leaders alarmed by US tariff threat to NATO allies',
      description:
        'European leaders warn that US threats to impose tariffs on eight NATO allies could destabilise transatlantic relations and raise tensions in the Arctic.',
    },
    image: {
      alt: placeholderAlt('Tariffs'),
      caption: 'The tariffs would hit eight NATO allies.',
    },
    breaking: true,
    related: [
      'starmer-trump-tariffs',
      'greenland-tariffs-analysis',
      'german-french-tariff-response',
    ],
  },
  {
    key: 'venezuela-cabello-talks',
    title: 'US officials held months of talks with Venezuela’s Cabello before Maduro’s seizure',
    kicker: 'Venezuela',
    standfirst:
      'Trump administration officials spoke for months with the hardline interior minister Diosdado Cabello before the operation that led to the seizure of President Nicolás Maduro, people familiar with the matter say.',
    paragraphs: [
      'Trump administration officials held months-long discussions with Venezuela’s hardline interior minister Diosdado Cabello before the U.S. operation that led to the seizure of President Nicolás Maduro, according to multiple people familiar with the matter.',
    ],
    regions: ['venezuela', 'united-states'],
    topics: ['geopolitics', 'security-and-defence'],
    authors: ['journalist'],
    meta: {
      title: 'US held talks with Venezuela’s Cabello before Maduro’s seizure',
      description:
        'Trump administration officials held months of talks with Venezuelan interior minister Diosdado Cabello before the US operation that seized Nicolás Maduro.',
    },
    image: {
      alt: placeholderAlt('Venezuela'),
      caption: 'Diosdado Cabello is Venezuela’s interior minister.',
    },
  },
  {
    key: 'syria-kurdish-rights',
    title: 'Syria’s al-Sharaa recognises Kurdish language rights as troops advance',
    kicker: 'Syria',
    standfirst:
      'The decree came as government forces pressed on against US-backed, Kurdish-led fighters despite Washington’s calls for restraint.',
    paragraphs: [
      'Syrian President Ahmed al-Sharaa has signed a decree recognising Kurdish language rights, as government forces advanced against U.S.-backed Kurdish-led fighters despite U.S. calls for restraint.',
    ],
    regions: ['syria'],
    topics: ['human-rights', 'security-and-defence'],
    authors: ['journalist2'],
    meta: {
      title: 'Syria’s al-Sharaa decrees Kurdish language rights',
      description:
        'Syrian President Ahmed al-Sharaa signs a decree recognising Kurdish language rights as government forces advance against US-backed Kurdish-led fighters.',
    },
    image: {
      alt: placeholderAlt('Syria'),
      caption: 'The decree recognises Kurdish language rights.',
    },
  },
  {
    key: 'starmer-trump-tariffs',
    title: 'Starmer speaks to Trump as US plans tariffs on UK and European allies',
    kicker: 'United Kingdom',
    standfirst:
      'The prime minister’s call came as Washington prepared 10 per cent tariffs on Britain and several European allies.',
    paragraphs: [
      'UK Prime Minister Sir Keir Starmer has spoken with US President Donald Trump as Washington plans to impose 10 per cent tariffs on the UK and several European allies.',
    ],
    regions: ['united-kingdom', 'united-states'],
    topics: ['trade-and-tariffs'],
    authors: ['journalist'],
    meta: {
      title: 'Starmer speaks to Trump over planned 10% tariffs on the UK',
      description:
        'UK Prime Minister Sir Keir Starmer has spoken with President Donald Trump as Washington plans 10 per cent tariffs on the UK and several European allies.',
    },
    image: {
      alt: placeholderAlt('United Kingdom'),
      caption: 'Washington plans 10 per cent tariffs on the UK and several European allies.',
    },
    related: ['german-french-tariff-response'],
  },
  {
    key: 'afghanistan-qatar-cooperation',
    title: 'Afghanistan and Qatar signal wider cooperation in investment and agriculture',
    kicker: 'Afghanistan',
    standfirst:
      'Talks in Doha coincided with a visit by Afghanistan’s defence chief to a major regional defence exhibition.',
    paragraphs: [
      'Afghanistan and Qatar have signalled interest in expanding cooperation in investment and agriculture during talks in Doha, as Afghanistan’s defence chief attended a major regional defence exhibition.',
    ],
    regions: ['afghanistan', 'qatar'],
    topics: ['diplomacy', 'security-and-defence'],
    authors: ['journalist2'],
    meta: {
      title: 'Afghanistan and Qatar eye cooperation on investment and farming',
      description:
        'Afghanistan and Qatar signal interest in wider investment and agricultural cooperation at talks in Doha, as Afghanistan’s defence chief visits an exhibition.',
    },
    image: {
      alt: placeholderAlt('Afghanistan'),
      caption: 'The talks were held in Doha.',
    },
  },
  {
    key: 'greenland-tariffs-analysis',
    title: 'Trump’s Greenland tariff threat is a maximalist opening move, analyst says',
    kicker: 'Analysis',
    standfirst:
      'Geopolitical analyst Ana Evans says the threat of tariffs on European countries is designed to force concessions over Greenland.',
    paragraphs: [
      'U.S. President Donald Trump’s threat of imposing trade tariffs on European countries is a maximalist move designed to force concessions on Greenland, according to geopolitical analyst Ana Evans.',
    ],
    regions: ['greenland', 'united-states', 'europe'],
    topics: ['trade-and-tariffs', 'geopolitics'],
    authors: ['journalist'],
    meta: {
      title: 'Greenland tariff threat is a maximalist move, analyst says',
      description:
        'Analyst Ana Evans says President Trump’s threat of tariffs on European countries is a maximalist move designed to force concessions on Greenland.',
    },
    image: {
      alt: placeholderAlt('Analysis'),
      caption: 'The tariff threat is aimed at European countries.',
    },
    related: ['german-french-tariff-response'],
  },
  {
    key: 'german-french-tariff-response',
    title: 'Germany and France say Europe will not be blackmailed over Greenland tariffs',
    kicker: 'Europe',
    standfirst:
      'The two finance ministers promised a clear and united European response to US threats of higher tariffs.',
    paragraphs: [
      'The German and French finance ministers said on Monday that European powers would not be blackmailed and that there would be a clear and united response to U.S. President Donald Trump’s threats of higher tariffs over Greenland.',
    ],
    regions: ['germany', 'france', 'greenland'],
    topics: ['trade-and-tariffs', 'geopolitics'],
    authors: ['journalist'],
    meta: {
      title: 'Germany and France: Europe will not be blackmailed on tariffs',
      description:
        'The German and French finance ministers promise a clear and united European response to President Trump’s threats of higher tariffs over Greenland.',
    },
    image: {
      alt: placeholderAlt('Europe'),
      caption: 'The finance ministers spoke on Monday.',
    },
  },
  {
    key: 'inner-mongolia-steel-explosion',
    title: 'Explosion at Inner Mongolia steel plant kills two and injures 84',
    kicker: 'China',
    standfirst:
      'Inner Mongolia Baotou Steel Union said eight people were missing after the blast at a steel plate factory in northern China.',
    paragraphs: [
      'An explosion at a steel plate factory in China’s northern region of Inner Mongolia killed two people and injured 84, Inner Mongolia Baotou Steel Union said on Monday, adding that eight are missing.',
    ],
    regions: ['china'],
    topics: ['industrial-accidents'],
    authors: ['journalist2'],
    meta: {
      title: 'Inner Mongolia steel plant explosion kills two, injures 84',
      description:
        'An explosion at a steel plate factory in China’s Inner Mongolia killed two people and injured 84, Baotou Steel Union said; eight people are missing.',
    },
    image: {
      alt: placeholderAlt('China'),
      caption: 'The factory is in Inner Mongolia, in northern China.',
    },
  },
]

/** A finished explainer the desk has scheduled to go live about two hours after seeding. */
export const SCHEDULED_STORY: DemoStory = {
  key: 'greenland-tariffs-explainer',
  title: 'Explainer: what the US tariff threat over Greenland means for Europe',
  kicker: 'Explainer',
  standfirst:
    'Washington has threatened tariffs on eight NATO allies in a dispute over Greenland. What has been proposed, how European capitals have answered and what comes next.',
  paragraphs: [
    'The United States has threatened to impose tariffs on eight NATO allies in a dispute over Greenland, the Arctic island that is an autonomous territory of the Kingdom of Denmark.',
    'Washington plans tariffs of 10 per cent on the United Kingdom and several European allies. UK Prime Minister Sir Keir Starmer has spoken with President Donald Trump about the plans.',
    'European leaders have warned that the move could destabilise transatlantic relations and heighten tensions in the Arctic. The German and French finance ministers said Europe would not be blackmailed and promised a clear and united response.',
    'Italian Prime Minister Giorgia Meloni has argued that concerns over security in Greenland should be addressed within NATO, and described a ground military intervention as highly unlikely.',
    'Some analysts read the threat as a negotiating tactic. Geopolitical analyst Ana Evans called it a maximalist move designed to force concessions on Greenland.',
    'What happens next depends on whether the tariffs take effect and on how the European Union, which sets trade policy for its members, chooses to respond. Britain, outside the EU since 2020, would negotiate on its own.',
  ],
  regions: ['greenland', 'europe', 'united-states'],
  topics: ['trade-and-tariffs', 'geopolitics'],
  authors: ['journalist'],
  meta: {
    title: 'Explainer: what the US tariff threat over Greenland means',
    description:
      'The US has threatened tariffs on eight NATO allies over Greenland. What has been proposed, how Europe has answered and what comes next.',
  },
  image: {
    alt: placeholderAlt('Explainer'),
    caption: 'Greenland is an autonomous territory of the Kingdom of Denmark.',
  },
  related: [
    'european-leaders-tariff-alarm',
    'german-french-tariff-response',
    'greenland-tariffs-analysis',
    'meloni-greenland-nato',
    'starmer-trump-tariffs',
  ],
}

/** A journalist's draft waiting for the desk. */
export const REVIEW_STORY: DemoStory = {
  key: 'kazakhstan-oil-routes',
  title: 'Why Kazakhstan wants oil export routes that bypass Russia',
  kicker: 'Energy',
  standfirst:
    'Most of Kazakhstan’s oil reaches world markets through a pipeline controlled by Moscow. Washington says it is ready to help build alternatives.',
  paragraphs: [
    'Kazakhstan, the largest oil producer in Central Asia, sends most of its crude abroad through a single route: the Caspian Pipeline Consortium, which runs from western Kazakhstan to the Russian Black Sea port of Novorossiysk.',
    'The pipeline, which is controlled by Moscow, carries up to 80 per cent of Kazakhstan’s oil.',
    'Julie Stafford, the US nominee for ambassador to Kazakhstan, told senators during her confirmation hearing that the United States was ready to support the development of alternative export routes that bypass Russia.',
    'One option is to ship more crude across the Caspian Sea to Azerbaijan and on through the Baku–Tbilisi–Ceyhan pipeline to the Mediterranean, a route Kazakhstan already uses for smaller volumes.',
    'Astana says it wants a balanced foreign policy, and any change in its export routes would have to weigh its close economic ties with Russia against its ambitions in Europe and the United States.',
  ],
  regions: ['kazakhstan'],
  topics: ['energy', 'geopolitics'],
  authors: ['journalist2'],
  meta: {
    title: 'Why Kazakhstan wants oil export routes that bypass Russia',
    description:
      'Up to 80 per cent of Kazakhstan’s oil flows through a Moscow-controlled pipeline. Washington says it is ready to help build routes that bypass Russia.',
  },
  image: {
    alt: placeholderAlt('Energy'),
    caption: 'The Caspian Pipeline Consortium runs to the Russian port of Novorossiysk.',
  },
  related: ['kazakhstan-critical-minerals'],
}

type ModerationReason = NonNullable<NonNullable<Comment['moderation']>['reasons']>[number]

export type DemoComment = {
  key: string
  /** Key of a published front-page story. */
  story: string
  /** Key of the comment this one replies to. */
  replyTo?: string
  authorName: string
  authorEmail: string
  body: string
  status: NonNullable<Comment['status']>
  featured?: boolean
  reasons?: ModerationReason[]
  note?: string
}

/** Reader comments in every moderation state, one of them a reply. */
export const DEMO_COMMENTS: readonly DemoComment[] = [
  {
    key: 'kazakhstan-survey',
    story: 'kazakhstan-critical-minerals',
    authorName: 'Aigerim S.',
    authorEmail: 'aigerim@example.com',
    body: 'A useful overview. The Zhana Kazakhstan figure is still a preliminary estimate, though. It would help to know when a full survey is expected.',
    status: 'approved',
    featured: true,
  },
  {
    key: 'kazakhstan-survey-reply',
    story: 'kazakhstan-critical-minerals',
    replyTo: 'kazakhstan-survey',
    authorName: 'Daniel R.',
    authorEmail: 'daniel@example.com',
    body: 'Agreed. The article does say “preliminary”, and the comparison with China and Brazil only holds if the survey confirms it.',
    status: 'approved',
  },
  {
    key: 'meloni-nato',
    story: 'meloni-greenland-nato',
    authorName: 'Luca B.',
    authorEmail: 'luca@example.com',
    body: 'Sensible to keep this inside NATO. Nobody in Europe wants a crisis in the Arctic.',
    status: 'approved',
  },
  {
    key: 'yemen-verification',
    story: 'yemen-secret-prison',
    authorName: 'Nadia K.',
    authorEmail: 'nadia@example.com',
    body: 'Has any independent group been able to visit the airbase? It would be good to know how these claims can be checked.',
    status: 'pending',
    reasons: ['new-commenter'],
  },
  {
    key: 'tariffs-insult',
    story: 'european-leaders-tariff-alarm',
    authorName: 'Big Mike',
    authorEmail: 'bigmike@example.com',
    body: 'Every one of these so-called leaders is a spineless coward and should be thrown out.',
    status: 'rejected',
    reasons: ['moderator'],
    note: 'Personal abuse, nothing to discuss.',
  },
  {
    key: 'musk-spam',
    story: 'musk-openai-damages',
    authorName: 'Crypto Profits',
    authorEmail: 'offers@quick-profits.example',
    body: 'Make $5,000 a week from home with our AI trading bot! Sign up now at http://quick-profits.example',
    status: 'spam',
    reasons: ['link'],
    note: 'Commercial spam.',
  },
]
