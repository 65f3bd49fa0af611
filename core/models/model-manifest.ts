import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { ModelRegistration } from './model-spec';

/**
 * Reads a model manifest: a JSON file next to an .onnx file with what registration needs
 * ({ name, file, classes, inputKind, config }); `file` is relative to the manifest. The
 * shipped models/sentiment.json is one. Validation happens at registration.
 * @throws Error when the file is missing or not JSON (an operator's typo, before any DomainError)
 */
export function loadModelManifest(manifestPath: string): ModelRegistration {
  const m = JSON.parse(readFileSync(manifestPath, 'utf8')) as { name?: string; file?: string; classes?: string[]; inputKind?: ModelRegistration['inputKind']; config?: Record<string, unknown> };
  if (typeof m.file !== 'string') throw new Error(`${manifestPath}: "file" (the .onnx file, relative to the manifest) is missing`);
  return {
    name: m.name,
    path: path.resolve(path.dirname(manifestPath), m.file),
    classes: m.classes ?? [],
    inputKind: m.inputKind as ModelRegistration['inputKind'],
    config: m.config,
  };
}
