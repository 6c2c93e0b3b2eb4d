/**
 * The personal links read through Express rather than PagesFront, by token in the path: calendar
 * feeds (/cal/x|g|m/<token>.ics) and experts' answers (/r/<token>/yes|no). They share the pages'
 * budget of unknown links per address (AccessService.linkFailures): a 404 counts against the
 * address, and past the budget the address gets 429 before its token is looked up. Counted from
 * the answer's status, so the routes stay as they are.
 */
import type { NextFunction, Request, Response } from 'express';
import { clientAddress, type FailureBudget, sendTooMany } from '../common/limits';
import { requestLang } from '../i18n';

const LINK_ROUTES = /^\/(?:cal\/[xgm]\/[^/]+|r\/[^/]+\/[^/]+)$/;

export function countUnknownLinks(budget: FailureBudget) {
  return (req: Request, res: Response, next: NextFunction): void => {
    if (!LINK_ROUTES.test(req.path)) return next();
    const from = clientAddress(req);
    const wait = budget.waitSeconds(from);
    if (wait > 0) return sendTooMany(res, 'limits.link_token', wait, requestLang(req.query.lang, req.headers['accept-language']));
    res.once('finish', () => {
      if (res.statusCode === 404) budget.fail(from);
    });
    next();
  };
}
