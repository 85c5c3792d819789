import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// A consumer's ordinary setup: no vanilla-extract plugin, no special CSS handling.
export default defineConfig({ plugins: [react()] });
