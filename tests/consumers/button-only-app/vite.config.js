import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// A consumer's ordinary setup; one CSS file and one JS file so the test can read them whole.
export default defineConfig({ plugins: [react()], build: { cssCodeSplit: false } });
