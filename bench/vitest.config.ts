// The bench's own test run (`npx vitest run --config bench/vitest.config.ts`): kept out of the
// main suite and `npm test`, which only look under src/ and test/.
import { defineConfig } from 'vitest/config';

export default defineConfig({ test: { include: ['bench/**/*.test.ts'], environment: 'node' } });
