/**
 * The whole roles × operations matrix of src/lib/permissions.ts, anonymous included (issue #4,
 * point 3). Each cell is written out, so a change of rule must change this table on purpose.
 */
import { describe, expect, it } from 'vitest';
import { can, canMove, operations, type Operation } from '../../src/lib/permissions.ts';
import { roles, type Role } from '../../src/lib/vocabulary.ts';

const Y = true;
const N = false;
// Columns follow `operations`: staff.access, project.create, project.edit, project.translate,
// project.submit, project.review, project.publish, project.archive, project.delete, user.manage, audit.view,
// feedback.moderate, mail.view, mail.queue, project.import
const matrix: Record<Role | 'anonymous', boolean[]> = {
  admin: [Y, Y, Y, Y, Y, Y, Y, Y, Y, Y, Y, Y, Y, Y, Y],
  editor: [Y, Y, Y, Y, Y, N, N, N, N, N, N, Y, Y, N, Y],
  municipio_editor: [Y, Y, Y, Y, Y, N, N, N, N, N, N, Y, N, N, N], // in their own Municipio only, see below
  translator: [Y, N, N, Y, Y, N, N, N, N, N, N, N, N, N, N],
  publisher: [Y, N, N, N, N, Y, Y, Y, N, N, N, Y, Y, N, N],
  viewer: [Y, N, N, N, N, N, N, N, N, N, N, N, N, N, N],
  anonymous: [N, N, N, N, N, N, N, N, N, N, N, N, N, N, N],
};

const actorOf = (who: Role | 'anonymous', municipioId: number | null = null) => (who === 'anonymous' ? null : { role: who, municipioId });

describe('can(user, operation, project)', () => {
  it('covers every role and every operation', () => {
    expect(Object.keys(matrix).sort()).toEqual([...roles, 'anonymous'].sort());
    for (const row of Object.values(matrix)) expect(row).toHaveLength(operations.length);
  });

  for (const who of [...roles, 'anonymous'] as const) {
    for (const [i, op] of operations.entries()) {
      const expected = matrix[who][i];
      it(`${who} ${expected ? 'may' : 'may not'} ${op} (project in Municipio 8)`, () => {
        const actor = actorOf(who, who === 'municipio_editor' ? 8 : null);
        expect(can(actor, op as Operation, { municipioId: 8 })).toBe(expected);
        // Only a Municipio editor's answer depends on where the project is.
        const elsewhere = can(actor, op as Operation, { municipioId: 3 });
        const scoped = who === 'municipio_editor' && ['project.create', 'project.edit', 'project.translate', 'project.submit', 'feedback.moderate'].includes(op);
        expect(elsewhere).toBe(scoped ? false : expected);
        expect(can(actor, op as Operation, { municipioId: null })).toBe(scoped ? false : expected);
      });
    }
  }

  it('keeps a Municipio editor without a Municipio out of every project', () => {
    expect(can({ role: 'municipio_editor', municipioId: null }, 'project.edit', { municipioId: null })).toBe(false);
    expect(can({ role: 'municipio_editor', municipioId: null }, 'project.create')).toBe(false);
  });

  it('refuses to let a Municipio editor move a project out of (or into) their Municipio', () => {
    const me = { role: 'municipio_editor' as const, municipioId: 8 };
    expect(canMove(me, { municipioId: 8 }, { municipioId: 8 })).toBe(true);
    expect(canMove(me, { municipioId: 8 }, { municipioId: 7 })).toBe(false);
    expect(canMove(me, { municipioId: 7 }, { municipioId: 8 })).toBe(false);
    expect(canMove({ role: 'editor', municipioId: null }, { municipioId: 8 }, { municipioId: 7 })).toBe(true);
  });
});
