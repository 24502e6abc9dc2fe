/**
 * Every string a map island shows, translated on the server and handed over as one prop, so the
 * islands ship no dictionary (issue #3; keys in src/i18n/ui/*.ts under "map").
 */
import type { Translate } from '../../i18n/useTranslations.ts';
import { fillPlaceholders } from '../../lib/fillPlaceholders.ts';
import { residentStatuses, type ResidentStatus } from '../../lib/vocabulary.ts';

export interface MapLabels {
  map: string;
  ui: Record<string, string>;
  status: Record<ResidentStatus, string>;
  /** '{value}% complete' */
  progress: string;
  inView: string;
  inViewOne: string;
  noneInView: string;
  /** The filters match no project anywhere. */
  noneMatching: string;
  /** 'Group of {count} projects: zoom in' */
  group: string;
  visibleTitle: string;
  tooMany: string;
  loading: string;
  failed: string;
  boundaries: string;
  /** The Intl locale counts are written in (t.intl): "12.345 progetti" in Italian. */
  intl: string;
}

export function mapLabels(t: Translate): MapLabels {
  // One set per language, made once: every project page's small map asks for it (issue #9).
  let labels = made.get(t);
  if (!labels) made.set(t, (labels = Object.freeze(translated(t))));
  return labels;
}

const made = new WeakMap<Translate, MapLabels>();

function translated(t: Translate): MapLabels {
  return {
    map: t('map.label'),
    ui: Object.freeze({
      'Popup.Close': t('map.ui.closePopup'),
      'NavigationControl.ZoomIn': t('map.ui.zoomIn'),
      'NavigationControl.ZoomOut': t('map.ui.zoomOut'),
      'AttributionControl.ToggleAttribution': t('map.ui.attribution'),
      'Marker.Title': t('map.ui.marker'),
    }),
    status: Object.freeze(Object.fromEntries(residentStatuses.map((s) => [s, t(`resident.${s}`)])) as Record<ResidentStatus, string>),
    progress: t('project.progressValue'),
    inView: t('map.inView'),
    inViewOne: t('map.inViewOne'),
    noneInView: t('map.noneInView'),
    noneMatching: t('list.empty'),
    group: t('map.group'),
    visibleTitle: t('map.visibleTitle'),
    tooMany: t('map.tooMany'),
    loading: t('map.loading'),
    failed: t('map.failed'),
    boundaries: t('site.footer.boundaries'),
    intl: t.intl,
  };
}

/** `{name}` placeholders, as useTranslations fills them on the server (the same function). */
export { fillPlaceholders as fill } from '../../lib/fillPlaceholders.ts';

/** A count of projects as the page's language writes it, in one of the map's sentences. */
export function countIn(template: string, count: number, labels: Pick<MapLabels, 'intl'>): string {
  return fillPlaceholders(template, { count: count.toLocaleString(labels.intl) });
}
