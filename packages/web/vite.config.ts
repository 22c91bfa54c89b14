import react from '@vitejs/plugin-react';
import { defaultClientConditions, defineConfig } from 'vite';

// The service the dev server (and `vite preview`) forwards the API to.
const api = process.env.RINGFENCE_API ?? 'http://localhost:3000';

// The pure detect and policy packages are bundled from their TypeScript sources ("source"
// condition), so the composer checks with exactly the code the server enforces with.
export default defineConfig({
  plugins: [react()],
  resolve: { conditions: ['source', ...defaultClientConditions] },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    chunkSizeWarningLimit: 1000,
    // Inlining imported constants copies the public-suffix list's 68 KB label string into each
    // of its three uses, which made the pre-send check's chunk 218 KB gzipped instead of 149 KB.
    rolldownOptions: { optimization: { inlineConst: false } },
  },
  server: {
    port: 5173,
    proxy: {
      // The service refuses cross-origin WebSockets: present the proxied ones as same-origin.
      '/v1': { target: api, ws: true, changeOrigin: true, headers: { origin: api } },
      '/healthz': { target: api, changeOrigin: true },
    },
  },
});
