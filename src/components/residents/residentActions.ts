/**
 * The residents' form Actions, looked up once. Each `actions.residents.x` builds a new proxy and
 * function, and the project page asked six times per render (issue #9, uncached pages).
 */
import { actions } from 'astro:actions';

export const residentActions = {
  vote: actions.residents.vote,
  feedback: actions.residents.feedback,
  subscribe: actions.residents.subscribe,
  manage: actions.residents.manage,
};
