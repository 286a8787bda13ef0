import path from "node:path";
import { defineConfig } from "vite";

/** Two pages for the explorer benchmark: our renderer and a bare sigma, built the same way. */
export default defineConfig({
  root: __dirname,
  base: "./",
  logLevel: "warn",
  build: {
    outDir: path.resolve(__dirname, "../../.data/bench-explorer"),
    emptyOutDir: true,
    chunkSizeWarningLimit: 3000,
    rollupOptions: { input: { ours: path.join(__dirname, "ours.html"), bare: path.join(__dirname, "bare.html") } },
  },
  worker: { format: "es" },
});
