import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The sandbox's own Vite config: just React. The root `vite.config.ts` is for the library build
// and vitest; build options for the sandbox live in `viteFinal` (.storybook/main.ts), because
// Storybook ignores a config file's `build` section.
export default defineConfig({
  plugins: [react()],
});
