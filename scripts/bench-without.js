// Measurement only, for the bounds section of `npm run bench` (BENCH_BOUNDS=1): scripts/bench-synth.js with
// BENCH_WITHOUT=diagrams or BENCH_WITHOUT=diagrams,checks replaces parts of the compiled library (lib/) before the
// workload loads it, to measure what the library costs without them:
// - diagrams: no construct registers its diagram, so no diagram file is drawn or written;
// - checks: the pipeline checks, the credential scan, the workflow text checks and the workflow <-> pipeline contract
//   find nothing (the documents are still rendered, and validated as far as rendering needs).
// The output of such a run is not the library's: nothing but the benchmark uses this file. Each replaced function must
// exist, so a renamed one stops the run instead of leaving a bound that measures the whole library.
const path = require('node:path');

const lib = (file) => path.join(__dirname, '..', 'lib', 'src', file);

const REPLACEMENTS = {
  diagrams: [[lib('constructs/private/diagram-registry'), 'registerDiagram', () => undefined]],
  checks: [
    [lib('pipeline/pipeline-checks'), 'pipelineProblems', () => []],
    [lib('core/credentials'), 'credentialProblems', () => []],
    [lib('workflow/workflow-text-checks'), 'textProblems', () => []],
    [lib('workflow/contract'), 'analyzeWorkflowPipelineContract', () => ({ problems: [], warnings: [] })],
  ],
};

/** Replaces the functions of the named parts (e.g. ['diagrams', 'checks']). */
function leaveOut(parts) {
  for (const part of parts) {
    const replacements = REPLACEMENTS[part];
    if (!replacements) throw new Error(`BENCH_WITHOUT: unknown part '${part}' (${Object.keys(REPLACEMENTS).join(', ')})`);
    for (const [file, name, replacement] of replacements) {
      const mod = require(file);
      if (typeof mod[name] !== 'function') throw new Error(`BENCH_WITHOUT=${part}: ${file} has no function ${name}`);
      mod[name] = replacement;
    }
  }
}

module.exports = { leaveOut, PARTS: Object.keys(REPLACEMENTS) };
