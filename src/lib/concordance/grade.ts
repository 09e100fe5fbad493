/**
 * Comparing grades. The relation schema lists them from closest to none; that order is the only
 * statement of their strength.
 */
import { relationSchema, type Relation } from '../../schemas/concordance.ts';

const rank = (relation: Relation) => relationSchema.options.length - relationSchema.options.indexOf(relation);

/** The weaker of two grades: a chain is as close as its loosest link. */
export function weaker(a: Relation, b: Relation): Relation {
  return rank(a) <= rank(b) ? a : b;
}

/** The strongest of several grades, or undefined when there are none. */
export function strongestOf(relations: Relation[]): Relation | undefined {
  return relations.reduce<Relation | undefined>((best, r) => (best === undefined || rank(r) > rank(best) ? r : best), undefined);
}
