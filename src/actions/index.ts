/** Every Action of the back office, one file per domain (STYLE.md). */
import { auth } from './auth.ts';
import { media } from './media.ts';
import { projects } from './projects.ts';
import { users } from './users.ts';
import { residents } from './residents.ts';
import { moderation } from './moderation.ts';
import { account } from './account.ts';

export const server = { auth, media, projects, users, residents, moderation, account };
