/**
 * A per-document time budget. The pipeline checks it between components (and anything with a
 * long loop may check it too): once the budget is spent, extraction stops with a clear error
 * naming where the time went, so one pathological document becomes an error record instead of
 * a hang. It is a backstop: the real guarantee is that every step is linear in the document's
 * length (capped sentences, capped work lists, linear regexes), since a synchronous loop can
 * only be stopped where it checks.
 */

/** Default time one document may take, in milliseconds. */
export const DEFAULT_TIME_BUDGET_MS = 15_000;

/**
 * The budget when the caller gives none: EXTRACT_TIME_BUDGET_MS from the environment (a
 * positive number of milliseconds; for slow or busy machines, or very long documents), else
 * DEFAULT_TIME_BUDGET_MS.
 */
export function defaultTimeBudgetMs(env: NodeJS.ProcessEnv = process.env): number {
  const value = Number(env.EXTRACT_TIME_BUDGET_MS);
  return Number.isFinite(value) && value > 0 ? value : DEFAULT_TIME_BUDGET_MS;
}

export class BudgetExceededError extends Error {
  override readonly name = 'BudgetExceededError';
  constructor(
    readonly budgetMs: number,
    readonly elapsedMs: number,
    readonly where: string,
  ) {
    super(
      `time budget exceeded: ${seconds(elapsedMs)} spent (budget ${seconds(budgetMs)}), stopped in ${where}; ` +
        'the document is too long or too unusual to process in time',
    );
  }
}

export interface Deadline {
  /** throws BudgetExceededError once the budget is spent; `where` names the step (component) running or just done */
  check(where: string): void;
  /** milliseconds spent so far */
  elapsed(): number;
}

/** A deadline `budgetMs` from now; `now` is injectable for tests. */
export function startDeadline(budgetMs: number = DEFAULT_TIME_BUDGET_MS, now: () => number = () => performance.now()): Deadline {
  const start = now();
  return {
    check(where: string) {
      const elapsed = now() - start;
      if (elapsed > budgetMs) throw new BudgetExceededError(budgetMs, elapsed, where);
    },
    elapsed: () => now() - start,
  };
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}
