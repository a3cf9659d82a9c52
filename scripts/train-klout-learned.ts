/**
 * Re-fits the learned Klout model and writes src/metrics/klout/learned-v1.json (deterministic: the
 * same file on every machine). Run: `npm run train:klout-learned`. A new model version is a new file
 * and a new registry line, never an edit of a frozen one.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { trainKloutLearned } from '../src/pipeline/train-klout-learned.js';

const file = resolve(import.meta.dirname, '..', 'src', 'metrics', 'klout', 'learned-v1.json');
const model = trainKloutLearned((done, total) => process.stderr.write(`training world ${done} of ${total}\n`));
writeFileSync(file, `${JSON.stringify(model, null, 2)}\n`);
console.log(`wrote ${file}: ${model.features.length} features, ${model.training.rows} rows, in-sample R² ${model.training.r2.toFixed(3)}`);
