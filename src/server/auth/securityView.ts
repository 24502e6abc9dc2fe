/**
 * What the account-security page shows (issue #10, point 1): the second factor's state, the
 * enrolment in progress (QR code, otpauth URI and base32 key, shown only until confirmed) and
 * whether a change needs re-authentication first. Reads only: GET changes nothing.
 */
import { eq } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { users } from '../../../db/schema.ts';
import { needsReauth, secondFactorRequired } from '../../lib/secondFactorRule.ts';
import { qrSvg } from './qrSvg.ts';
import { pendingSecret, remainingRecoveryCodes } from './secondFactor.ts';
import type { SessionUser } from './sessions.ts';
import { base32Encode, otpauthUri } from './totp.ts';

export interface SecurityView {
  forced: boolean;
  required: boolean;
  enabledAt: string | null;
  recoveryLeft: number;
  reauth: boolean;
  enrolment: { uri: string; svg: string; key: string } | null;
}

export async function securityView(db: Db, key: Buffer, person: SessionUser, qrLabel: string, freshlyConfirmed = false): Promise<SecurityView> {
  const [row] = await db.select({ enabledAt: users.totpEnabledAt }).from(users).where(eq(users.id, person.id));
  const secret = await pendingSecret(db, key, person.sessionHash, person.id);
  const uri = secret ? otpauthUri(secret, person.email) : null;
  return {
    forced: person.stage === 'enrol',
    required: secondFactorRequired(person.role),
    enabledAt: row?.enabledAt ?? null,
    recoveryLeft: await remainingRecoveryCodes(db, person.id),
    reauth: person.stage === 'full' && !freshlyConfirmed && needsReauth(person),
    // Grouped by four, as authenticator apps show it, for typing by hand or reading aloud.
    enrolment: secret && uri ? { uri, svg: await qrSvg(uri, qrLabel), key: base32Encode(secret).replace(/(.{4})(?=.)/g, '$1 ') } : null,
  };
}
