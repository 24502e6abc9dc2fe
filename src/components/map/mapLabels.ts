/**
 * Every string a map island shows, translated on the server and handed over as one prop, so the
 * islands ship no dictionary (issue #3; keys in src/i18n/ui/*.ts under "map").
 */
import type { Translate } from '../../i18n/useTranslations.ts';
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
}

export function mapLabels(t: Translate): MapLabels {
  return {
    map: t('map.label'),
    ui: {
      'Popup.Close': t('map.ui.closePopup'),
      'NavigationControl.ZoomIn': t('map.ui.zoomIn'),
      'NavigationControl.ZoomOut': t('map.ui.zoomOut'),
      'AttributionControl.ToggleAttribution': t('map.ui.attribution'),
      'Marker.Title': t('map.ui.marker'),
    },
    status: Object.fromEntries(residentStatuses.map((s) => [s, t(`resident.${s}`)])) as Record<ResidentStatus, string>,
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
  };
}

/** `{name}` placeholders, as useTranslations fills them on the server. */
export function fill(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) => (name in params ? String(params[name]) : match));
}
