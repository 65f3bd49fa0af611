/**
 * Builds the shipped image baseline: `npm run build:model:shapes` writes models/shapes.onnx
 * and models/shapes.json (both committed; a test checks they re-build identically).
 */
import { writeFileSync } from 'node:fs';
import { buildShapesModel, SHAPES_MANIFEST_FILE, SHAPES_MODEL_FILE, shapesManifest } from './shapes-model';

void (async () => {
  const bytes = await buildShapesModel();
  writeFileSync(SHAPES_MODEL_FILE, bytes);
  writeFileSync(SHAPES_MANIFEST_FILE, JSON.stringify(shapesManifest(), null, 2) + '\n');
  console.log(`wrote ${SHAPES_MODEL_FILE} (${bytes.length} bytes) and ${SHAPES_MANIFEST_FILE}`);
})();
