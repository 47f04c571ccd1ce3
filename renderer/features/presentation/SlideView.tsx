import type { Slide } from './deck';
import { AreasSlide, CumulativeSlide, KeyFiguresSlide, TitleSlide } from './slides/OverviewSlides';
import { NextStepsSlide } from './slides/NextStepsSlide';
import { ProposalSlide } from './slides/ProposalSlide';
import type { SlideContext } from './slides/SlideFrame';
import type { PresentationData } from './usePresentationData';

/** The footer line of every slide: the district and the occasion. */
export function footerText(data: PresentationData): string {
  return ['Kreis Unna · Arbeitskreis der Kämmerer', data.meeting?.title].filter(Boolean).join(' · ');
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
