import { MarsadError } from '../../shared/errors'
import { describeQueryProblem, englishQueryProblems, type QueryProblem } from '../../shared/queryProblems'

/**
 * An `invalid-query` error: its params name the problem and its parameters (for the interface to write in its own
 * language) and `position`, the UTF-16 index of the problem; the English message, for the CLI, counts from 1.
 */
export function queryError(problem: QueryProblem, position: number): MarsadError {
  const message = `${describeQueryProblem(englishQueryProblems, problem)} (at character ${position + 1}).`
  return new MarsadError('invalid-query', message, { ...problem, position })
}
