// Empty dist/ before a build, so that nothing stale is packed or tested.
import { rmSync } from 'node:fs';

rmSync(new URL('../dist', import.meta.url), { recursive: true, force: true });
