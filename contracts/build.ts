import { writeFileSync } from 'node:fs';
import { artifactPath, compileContract } from './compile';

/** `npm run build:contracts`: compiles TNET and writes the artifact the app loads. */
const artifact = compileContract('TNET');
writeFileSync(artifactPath('TNET'), JSON.stringify(artifact, null, 2) + '\n');
process.stdout.write(`${artifact.compiler}: TNET ${(artifact.deployedBytecode.length - 2) / 2} bytes deployed -> ${artifactPath('TNET')}\n`);
