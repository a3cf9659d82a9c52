/**
 * The sweep worker's loop: receive a cell, run and record it in the sweep folder
 * (runAndRecordCell: cells/<id>.csv or failed/<id>.json), post back its outcome. The rows go to
 * the disk from here; the main thread only counts cells. No external source.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { Experiment } from './experiment.js';
import type { Cell } from './cells.js';
import { runAndRecordCell, type CellOutcome } from './cell.js';

/** What the main thread gives every worker. */
export interface SweepWorkerData {
  readonly dir: string;
  readonly experiment: Experiment;
  readonly threads?: number | undefined;
}

/** A cell to run. */
export interface CellMessage {
  readonly cell: Cell;
}

/** The worker's answer. */
export interface CellReply {
  readonly id: string;
  readonly outcome: CellOutcome;
}

const data = workerData as SweepWorkerData;

parentPort!.on('message', (msg: CellMessage) => {
  const outcome = runAndRecordCell(data.dir, data.experiment, msg.cell, data.threads);
  parentPort!.postMessage({ id: msg.cell.id, outcome } satisfies CellReply);
});
