import { type ApplicationConfig, provideZonelessChangeDetection } from '@angular/core';
import { provideClientHydration } from '@angular/platform-browser';
import { provideRouter } from '@angular/router';

// One page: the router is there for Angular's prerender, which reads the
// routes from it. The root is prerendered; any other path (the page is
// served at …/index.html) is the same page.
export const appConfig: ApplicationConfig = {
  providers: [provideZonelessChangeDetection(), provideRouter([
      { path: '', children: [] },
      { path: '**', children: [] },
    ]), provideClientHydration()],
};
