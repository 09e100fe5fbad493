/** Labels for the grades of a concordance mapping (shown as text, never by colour alone). */
import type { Relation } from '../../schemas/concordance.ts';

export const RELATION_LABELS: Record<Relation, { label: string; description: string }> = {
  equivalent: { label: 'Equivalent', description: 'covers the same conduct or measure' },
  partial: { label: 'Partial', description: 'covers part of it, or with narrower conditions' },
  related: { label: 'Related', description: 'touches the subject without implementing it' },
  none: {
    label: 'None found',
    description: 'an assessment found no counterpart in the text assessed; dated by the table, with its reason',
  },
  'not-assessed': {
    label: 'Not assessed',
    description:
      'nobody has assessed this pair, or the data needed is not held (for example a derived row with no intermediate article); not a finding',
  },
};
