import type { Slide } from './deck';
import { AreasSlide, CumulativeSlide, KeyFiguresSlide, TitleSlide } from './slides/OverviewSlides';
import { NextStepsSlide } from './slides/NextStepsSlide';
import { ProposalSlide } from './slides/ProposalSlide';
import type { SlideContext } from './slides/SlideFrame';
import type { PresentationData } from './usePresentationData';

const GROUP = 'Arbeitskreis der Kämmerer';

/**
 * The footer line of every slide: the district and the occasion. A meeting of the
 * Arbeitskreis is named once („Kreis Unna · Arbeitskreis der Kämmerer (März 2027)“), not twice.
 */
export function footerText(data: Pick<PresentationData, 'meeting'>): string {
  const title = data.meeting?.title;
  if (title?.startsWith(GROUP)) return `Kreis Unna · ${title}`;
  return ['Kreis Unna', GROUP, title].filter(Boolean).join(' · ');
}

export function SlideView({ slide, ctx, data, today }: { slide: Slide; ctx: SlideContext; data: PresentationData; today: string }) {
  switch (slide.kind) {
    case 'title':
      return <TitleSlide ctx={ctx} data={data} />;
    case 'keyFigures':
      return <KeyFiguresSlide ctx={ctx} data={data} />;
    case 'areas':
      return <AreasSlide ctx={ctx} data={data} />;
    case 'cumulative':
      return <CumulativeSlide ctx={ctx} data={data} />;
    case 'proposal':
      return <ProposalSlide key={slide.proposalId} ctx={ctx} data={data} proposalId={slide.proposalId} number={slide.number} />;
    case 'nextSteps':
      return <NextStepsSlide ctx={ctx} data={data} today={today} />;
  }
}
