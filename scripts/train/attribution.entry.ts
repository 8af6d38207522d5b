// What the training script needs from the engine, bundled for Node by `attribution.mjs`: the
// real pipeline with hooks, so training sees exactly the candidates the engine proposes.
export { runPipeline } from '../../src/core/attribution/pipeline';
export { conflicts } from '../../src/core/attribution/select';
