import type { z } from 'zod';
import { problem, type Problem, type ProblemCode, type ProblemParams } from '../domain/problem';

/** Codes a schema names as its own message (`.regex(re, 'option_id_format')`): checks of their own, without figures. */
const OWN_CODES = new Set<ProblemCode>(['not_tnet_amount', 'option_id_format', 'license_format', 'chat_id_format', 'language_tag']);

type Flat = { [C in ProblemCode]: keyof ProblemParams[C] extends never ? C : never }[ProblemCode];

/**
 * A zod issue as a problem, by its code and figures (the schema's own checks name their
 * code as the message); `field` is its path, or `root` for the whole value.
 */
export function zodProblem(issue: z.core.$ZodIssue, root: string, prefix: readonly PropertyKey[] = []): Problem[] {
  // An option is an id or { id, label }, an amount text or a number: "invalid" says
  // nothing, the rule of the branch the value had the type of does.
  if (issue.code === 'invalid_union') {
    const inner = issue.errors.map((e) => e[0]).find((i) => i !== undefined && i.code !== 'invalid_type');
    if (inner) return zodProblem({ ...inner, path: [...issue.path, ...inner.path] }, root, prefix);
  }
  const path = [...prefix, ...issue.path].map(String);
  const field = path.join('.') || root;
  if (OWN_CODES.has(issue.message as ProblemCode)) return [problem(field, issue.message as Flat)];
  switch (issue.code) {
    case 'invalid_type':
      if ((issue as { input?: unknown }).input === undefined) return [problem(field, 'required')];
      return [problem(field, TYPE_CODES[issue.expected] ?? 'invalid')];
    case 'too_small': {
      const min = Number(issue.minimum);
      if (issue.message === 'check_answers_too_few') return [{ field, code: 'check_answers_too_few', params: { min } }];
      if (issue.origin === 'string') return [min === 1 ? problem(field, 'empty') : { field, code: 'too_short', params: { min } }];
      if (issue.origin === 'array' || issue.origin === 'set') return [{ field, code: 'too_few', params: { min } }];
      return [{ field, code: issue.inclusive === false ? 'not_above' : 'too_small', params: { min } }];
    }
    case 'too_big': {
      const max = Number(issue.maximum);
      if (issue.origin === 'string') return [{ field, code: 'too_long', params: { max } }];
      if (issue.origin === 'array' || issue.origin === 'set') return [{ field, code: 'too_many', params: { max } }];
      return [{ field, code: 'too_large', params: { max } }];
    }
    case 'invalid_value':
      return [{ field, code: 'not_one_of', params: { values: issue.values.map(String).join(', ') } }];
    case 'unrecognized_keys':
      return issue.keys.map((k) => problem([...path, k].join('.'), 'unknown_key'));
    case 'custom':
      if (issue.message === 'too_many_languages') return [{ field, code: 'too_many_languages', params: { max: Number(issue.params?.max) } }];
      return [problem(field, 'invalid')];
    case 'invalid_format':
      return [problem(field, 'bad_format')];
    default:
      return [problem(field, 'invalid')];
  }
}

const TYPE_CODES: Partial<Record<string, Flat>> = {
  string: 'not_text',
  number: 'not_number',
  int: 'not_integer',
  bigint: 'not_integer',
  array: 'not_list',
  object: 'not_object',
  record: 'not_object',
};
