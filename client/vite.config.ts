import path from "node:path";
import { defineConfig } from "vite";

/** Where `npm start` (or a dev server on another port) answers; the dev server proxies /api there. */
const apiTarget = process.env.NEWSGRAPH_API ?? "http://127.0.0.1:3000";

export default defineConfig({
  root: __dirname,
  base: "/",
  build: {
    outDir: path.join(__dirname, "dist"),
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
    rollupOptions: {
      // zod ships /*#__PURE__*/ comments Rollup cannot place; the warnings are noise, not problems.
      onwarn(warning, warn) {
        if (warning.code !== "INVALID_ANNOTATION") warn(warning);
      },
    },
  },
  // The FA2 supervisor builds its worker from a blob; module workers keep Vite's own worker bundling consistent.
  worker: { format: "es" },
  server: {
    port: Number(process.env.CLIENT_PORT ?? 3100),
    // The client imports the shared domain from ../domain, outside the Vite root.
    fs: { allow: [path.resolve(__dirname, "..")] },
    proxy: { "/api": { target: apiTarget, changeOrigin: true } },
  },
});
