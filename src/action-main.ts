/** The action's body, loaded by the launcher src/index.ts (dist/index.js, action.yml's `main`). */
import { run } from './action/main.js';

await run();
