import type { ResidentStatus } from './vocabulary.ts';

/** What a map popup and the list of visible projects show of one project (issue #3). */
export interface MapCard {
  id: number;
  title: string;
  /** The language the title is in, for `lang` on the page. */
  titleLocale: string;
  status: ResidentStatus;
  progress: number;
  url: string;
}
