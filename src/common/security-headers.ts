/**
 * Headers on every answer that goes through Express (the members' pages set their own, ahead of
 * it): no MIME sniffing, and a content security policy. The default allows no script at all,
 * which is what the HTML exports, badges, itinerary cards and answer pages need (inline style or
 * the pages' stylesheet, inline SVG, data: images, a form posting to this origin); the organizer
 * app sets its own policy on its files, and the API documentation loads Swagger UI's scripts from
 * this origin.
 */
import type { NextFunction, Request, Response } from 'express';

const DOCUMENTS = "default-src 'none'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";
const API_DOCS =
  "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

export function securityHeaders(req: Request, res: Response, next: NextFunction): void {
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Content-Security-Policy', req.path.startsWith('/api/docs') ? API_DOCS : DOCUMENTS);
  next();
}
