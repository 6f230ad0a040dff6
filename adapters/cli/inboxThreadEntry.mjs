// The inbox worker thread's entry (see inboxThread.ts). A worker thread does not inherit the tsx
// loader the main thread registered, so it registers its own before loading the TypeScript.
import { register } from 'tsx/esm/api';

register();
await import('./inboxThreadMain.ts');
