import express, { type ErrorRequestHandler, type Express } from 'express';
import type { CloudAdapter, TurnContext } from 'botbuilder';
import type { Logger } from '../../src/logger';
import { activityProblems } from './activityShape';
import { guardedResponse } from './guardedResponse';

export const MESSAGES_PATH = '/api/messages';

/**
 * Mounts POST /api/messages: JSON parsed (invalid JSON → 400), the activity's required fields
 * checked (→ 400, nothing processed), then botbuilder's CloudAdapter authenticates (401; 503 while
 * Microsoft's signing keys cannot be had) and runs the turn; for invokes it answers with the invoke
 * response. No failure answers with botbuilder's internal error text.
 */
export function mountMessages(app: Express, adapter: CloudAdapter, turn: (context: TurnContext) => Promise<void>, logger: Logger): void {
  const router = express.Router();
  router.post(MESSAGES_PATH, express.json({ limit: '1mb', type: ['application/json', 'application/*+json'] }), async (req, res) => {
    const problems = activityProblems(req.body);
    if (problems.length > 0) {
      logger.warn({ problems }, 'Teams: rejected a malformed activity');
      res.status(400).json({ error: 'invalid activity', problems });
      return;
    }
    await adapter.process(req, guardedResponse(res, logger) as typeof res, turn);
  });
  const badJson: ErrorRequestHandler = (error: { type?: string; status?: number }, _req, res, next) => {
    if (error.type === 'entity.parse.failed' || error.status === 400) {
      res.status(400).json({ error: 'invalid JSON' });
      return;
    }
    if (error.type === 'entity.too.large') {
      res.status(413).json({ error: 'request too large' });
      return;
    }
    next(error);
  };
  router.use(badJson);
  app.use(router);
}
