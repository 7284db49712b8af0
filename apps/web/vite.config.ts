import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { defaultClientConditions, defineConfig, type ProxyOptions } from 'vite';

// In development the server (apps/server) runs on :3000; the dashboard stays same-origin by proxying its paths.
const SERVER = 'http://localhost:3000';
const proxy: Record<string, ProxyOptions> = {
  '/api': { target: SERVER },
  '/v1': { target: SERVER },
  '/health': { target: SERVER },
};

export default defineConfig({
  plugins: [react(), tailwindcss()],
  resolve: {
    // @sigmacode/core exports a "source" condition pointing at its TypeScript, so no build step is needed.
    conditions: ['source', ...defaultClientConditions],
  },
  build: {
    // Relative to this folder: apps/server serves apps/web/dist.
    outDir: 'dist',
    emptyOutDir: true,
  },
  server: { proxy },
  preview: { proxy },
});
