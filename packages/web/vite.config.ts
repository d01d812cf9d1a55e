/**
 * Builds the web app into packages/web/dist, which `rapport serve` serves on the API's port.
 * `npx vite --config packages/web/vite.config.ts` runs it in development, proxying /api to a
 * running server (RAPPORT_API_URL, default http://localhost:3000).
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));
const api = process.env.RAPPORT_API_URL ?? 'http://localhost:3000';

export default defineConfig({
  root,
  plugins: [react()],
  build: {
    outDir: resolve(root, 'dist'),
    emptyOutDir: true,
    target: 'es2022',
    // The chart library (~530 kB, ~180 kB gzipped) is its own chunk, loaded only where a chart
    // is drawn; the first screen is ~82 kB gzipped.
    chunkSizeWarningLimit: 600,
    // The contracts' zod schemas are plain data: let unused ones (and zod) fall out of the bundle.
    rolldownOptions: {
      treeshake: { moduleSideEffects: (id: string) => !id.includes('/packages/contracts/') },
    },
  },
  server: { proxy: { '/api': { target: api, changeOrigin: false } } },
  preview: { proxy: { '/api': { target: api } } },
});
