/**
 * The scenario contract: one file per scenario in src/scenarios, one line in its registry.
 * A scenario tells one story from the domain notes: it sets the world, the agents' shares,
 * the attacks and the scorers its report compares.
 */

/** Defaults a scenario sets; every one can be overridden from the CLI or the API. */
export interface ScenarioDefaults {
  /** Base population (real people). */
  readonly agents: number;
  readonly ticks: number;
  readonly generator?: { readonly id: string; readonly params?: Readonly<Record<string, unknown>> };
  readonly roles?: Readonly<Record<string, unknown>>;
  readonly activity?: Readonly<Record<string, unknown>>;
  readonly influence?: Readonly<Record<string, unknown>>;
  readonly attacks?: readonly { readonly id: string; readonly params?: Readonly<Record<string, unknown>> }[];
}

/** A runnable story. */
export interface Scenario {
  /** kebab-case id used on the command line. */
  readonly id: string;
  readonly title: string;
  /** One line for `goodhart scenarios`. */
  readonly summary: string;
  /** A short paragraph: what happens in this world and what the charts show. */
  readonly story: string;
  readonly defaults: ScenarioDefaults;
  /** Ids of the scorers the scenario's report compares. */
  readonly scorers: readonly string[];
}
