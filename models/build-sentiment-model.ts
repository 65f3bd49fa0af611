/**
 * Builds the shipped sentiment baseline: `npm run build:model` writes models/sentiment.onnx
 * and models/sentiment.json (both committed; a test checks they re-build identically).
 */
import { writeFileSync } from 'node:fs';
import { buildSentimentModel, SENTIMENT_MANIFEST_FILE, SENTIMENT_MODEL_FILE, sentimentManifest } from './sentiment-model';

const bytes = buildSentimentModel();
writeFileSync(SENTIMENT_MODEL_FILE, bytes);
writeFileSync(SENTIMENT_MANIFEST_FILE, JSON.stringify(sentimentManifest(), null, 2) + '\n');
console.log(`wrote ${SENTIMENT_MODEL_FILE} (${bytes.length} bytes) and ${SENTIMENT_MANIFEST_FILE}`);
