import { bootstrapApplication } from '@angular/platform-browser';
import 'ktech-pass-assessment'; // registers <ktech-pass-assessment>
import { AppComponent } from './app.component';
import { appConfig } from './app.config';

bootstrapApplication(AppComponent, appConfig).catch((error: unknown) => console.error(error));
