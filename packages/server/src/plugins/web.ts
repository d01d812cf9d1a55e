/**
 * Serves the built React app (packages/web/dist) on the same port as the API: static assets,
 * and index.html for every other GET outside /api so client-side routes work on reload.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

export async function registerWeb(app: FastifyInstance, distDir: string): Promise<boolean> {
  const root = resolve(distDir);
  if (!existsSync(resolve(root, 'index.html'))) return false;
  await app.register(fastifyStatic, {
    root,
    prefix: '/',
    wildcard: false,
    index: false,
    // Hashed build files never change: cache them for good. Everything else (index.html, the
    // favicon) is revalidated, so an upgrade never leaves a page pointing at deleted files.
    cacheControl: false,
    setHeaders(res, path) {
      res.header(
        'Cache-Control',
        /[\\/]assets[\\/]/.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache',
      );
    },
  });
  app.get('/*', { schema: { hide: true } }, (req, reply) => {
    if (req.url.startsWith('/api/') || req.url.startsWith('/s/') || req.url.startsWith('/hooks/')) {
      return reply.callNotFound();
    }
    return reply.header('Cache-Control', 'no-cache').sendFile('index.html');
  });
  return true;
}
