import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [
    vue({
      // <ktech-pass-assessment> is a custom element, not a Vue component.
      template: { compilerOptions: { isCustomElement: (tag) => tag === 'ktech-pass-assessment' } },
    }),
  ],
  base: './',
});
